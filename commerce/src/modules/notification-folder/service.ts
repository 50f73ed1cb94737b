import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from '@medusajs/framework/types'
import { AbstractNotificationProviderService } from '@medusajs/framework/utils'

type Options = { directory: string }

/**
 * Development notification provider: writes each message as a JSON file into a folder
 * (COMMERCE_NOTIFICATIONS_DIR) instead of sending mail. Logs the file name, never the body.
 */
class FolderNotificationProviderService extends AbstractNotificationProviderService {
  static override identifier = 'notification-folder'

  protected readonly directory_: string
  protected readonly logger_: Logger

  constructor({ logger }: { logger: Logger }, options: Options) {
    super()
    this.directory_ = options.directory
    this.logger_ = logger
  }

  override async send(
    notification: ProviderSendNotificationDTO,
  ): Promise<ProviderSendNotificationResultsDTO> {
    await mkdir(this.directory_, { recursive: true })
    const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
    const file = path.join(this.directory_, `${notification.template}-${id}.json`)
    await writeFile(
      file,
      JSON.stringify(
        {
          to: notification.to,
          channel: notification.channel,
          template: notification.template,
          data: notification.data,
        },
        null,
        2,
      ),
    )
    this.logger_.info(`notification ${notification.template} written as ${path.basename(file)}`)

    return { id }
  }
}

export default FolderNotificationProviderService
