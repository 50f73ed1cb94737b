import { ModuleProvider, Modules } from '@medusajs/framework/utils'
import FolderNotificationProviderService from './service'

/** Notification provider that writes messages to a local folder (development and tests). */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [FolderNotificationProviderService],
})
