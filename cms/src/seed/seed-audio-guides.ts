import type { Payload } from 'payload'

import { toneWav } from '../media/tone-wav'

type Id = number | string
/** How many documents a seed step made and how many it found already there. */
export type SeedCounts = { created: number; kept: number }

/** One caption cue per line, shown for this many seconds. */
export const secondsPerCue = 4

/** Captions in WebVTT: the lines one after another, {@link secondsPerCue} seconds each. */
export function webVttFromLines(lines: string[]): string {
  const stamp = (seconds: number) => {
    const minutes = Math.floor(seconds / 60)
    const rest = seconds - minutes * 60

    return `${String(minutes).padStart(2, '0')}:${rest.toFixed(3).padStart(6, '0')}`
  }
  const cues = lines.map(
    (line, index) =>
      `${index + 1}\n${stamp(index * secondsPerCue)} --> ${stamp((index + 1) * secondsPerCue)}\n${line.replace(/-->/g, '→')}`,
  )

  return `WEBVTT\n\n${cues.join('\n\n')}\n`
}

/** The audio guides the demo ships: a heritage site each, a title and caption lines per locale. */
export const demoAudioGuides = [
  {
    heritage: 'doi-a1',
    frequency: 392,
    vi: {
      title: 'Thuyết minh: Đồi A1',
      lines: [
        'Chào mừng bạn đến Đồi A1, người Pháp gọi là Éliane 2.',
        'Trận chiến ở đây kéo dài 39 trong 56 ngày đêm của chiến dịch.',
        'Đêm 6 tháng 5 năm 1954, khối bộc phá gần một tấn được kích nổ qua đường hầm.',
        'Hãy đi dọc giao thông hào để xem hố bộc phá và xác xe tăng Pháp trên đỉnh đồi.',
      ],
    },
    en: {
      title: 'Audio guide: Hill A1',
      lines: [
        'Welcome to Hill A1, which the French called Éliane 2.',
        'Fighting here lasted 39 of the 56 days of the campaign.',
        'On the night of 6 May 1954 a charge of almost a tonne was set off through a tunnel.',
        'Walk the trenches to see the crater and the wrecked French tank near the summit.',
      ],
    },
  },
  {
    heritage: 'so-chi-huy-muong-phang',
    frequency: 330,
    vi: {
      title: 'Thuyết minh: Sở chỉ huy Mường Phăng',
      lines: [
        'Bạn đang ở rừng Mường Phăng, dưới chân núi Pú Đồn.',
        'Đây là sở chỉ huy thứ ba và cuối cùng của chiến dịch Điện Biên Phủ.',
        'Đại tướng Võ Nguyên Giáp làm việc tại đây 105 ngày, từ 31 tháng 1 đến 15 tháng 5 năm 1954.',
        'Dọc con suối là lán làm việc, đường hầm thông tin và bếp Hoàng Cầm được phục dựng.',
      ],
    },
    en: {
      title: 'Audio guide: Mường Phăng command post',
      lines: [
        'You are in the Mường Phăng forest, below Pú Đồn mountain.',
        'This was the third and last command post of the Điện Biên Phủ campaign.',
        'General Võ Nguyên Giáp worked here for 105 days, from 31 January to 15 May 1954.',
        'Along the stream stand restored work huts, a signals tunnel and a Hoàng Cầm kitchen.',
      ],
    },
  },
] as const

/**
 * Gives the demo heritage sites an audio guide each: a generated tone as the audio (a WAV made
 * in code, as long as the captions) with WebVTT captions in vi and en, in the site's tenant,
 * linked from the site. Idempotent: a guide is found by its Vietnamese title, and a site that
 * already lists guides keeps them. Sites missing from the database are skipped.
 */
export async function seedAudioGuides(payload: Payload, counts: SeedCounts): Promise<void> {
  const context = { skipSearchSync: true }
  for (const guide of demoAudioGuides) {
    const site = (
      await payload.find({
        collection: 'heritage-sites',
        where: { slug: { equals: guide.heritage } },
        draft: true,
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    if (!site) {
      continue
    }
    const existing = await payload.find({
      collection: 'audio-guides',
      where: { title: { equals: guide.vi.title } },
      locale: 'vi',
      limit: 1,
      depth: 0,
    })
    let id = existing.docs[0]?.id
    if (id === undefined) {
      const seconds = guide.vi.lines.length * secondsPerCue
      const data = await toneWav({ frequency: guide.frequency, seconds, sampleRate: 8000 })
      const created = await payload.create({
        collection: 'audio-guides',
        locale: 'vi',
        context,
        data: {
          tenant: site.tenant,
          title: guide.vi.title,
          language: 'vi',
          captions: webVttFromLines([...guide.vi.lines]),
          durationSeconds: seconds,
        } as never,
        file: {
          data,
          mimetype: 'audio/wav',
          name: `audio-guide-${guide.heritage}.wav`,
          size: data.length,
        },
      })
      await payload.update({
        collection: 'audio-guides',
        id: created.id,
        locale: 'en',
        context,
        data: { title: guide.en.title, captions: webVttFromLines([...guide.en.lines]) },
      })
      id = created.id
      counts.created += 1
    } else {
      counts.kept += 1
    }
    const linked = (site as { audioGuides?: unknown[] | null }).audioGuides ?? []
    if (linked.length === 0) {
      await payload.update({
        collection: 'heritage-sites',
        id: site.id,
        context,
        data: { audioGuides: [id as Id], _status: 'published' } as never,
      })
    }
  }
}
