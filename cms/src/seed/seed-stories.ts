import type { Payload } from 'payload'

import { plainTextToRichText } from './plain-text-to-rich-text'
import type { SeedCounts } from './seed-audio-guides'

type Id = number | string
type StoryText = { title: string; excerpt: string; body: string }

/** The demo stories, written from the facts in data/ (heritage.json, festivals.json). */
export const demoStories: {
  slug: string
  tenantSlug: string
  heritage: string[]
  publishedAt: string
  vi: StoryText
  en: StoryText
}[] = [
  {
    slug: 'doi-a1-39-ngay-dem',
    tenantSlug: 'dien-bien-phu',
    heritage: ['doi-a1'],
    publishedAt: '2026-05-07T08:00:00.000Z',
    vi: {
      title: 'Đồi A1: 39 trong 56 ngày đêm',
      excerpt: 'Ngọn đồi then chốt phía đông lòng chảo Mường Thanh giữ trận giằng co dài nhất.',
      body: 'Người Pháp gọi Đồi A1 là Éliane 2. Ngọn đồi có hai đỉnh, cao hơn mặt đường khoảng 32 m và chỉ cách hầm chỉ huy của De Castries chừng 500 m.\n\nTrận chiến ở đây kéo dài 39 trong 56 ngày đêm của chiến dịch. Đêm 6 tháng 5 năm 1954, khối bộc phá gần một tấn được kích nổ qua đường hầm; rạng sáng 7 tháng 5, đồi được giải phóng hoàn toàn.\n\nNgày nay du khách đi dọc giao thông hào phục dựng, xem hố bộc phá và xác xe tăng 18 tấn gần đài tưởng niệm trên đỉnh.',
    },
    en: {
      title: 'Hill A1: 39 of the 56 days',
      excerpt: 'The key eastern hill of the Mường Thanh basin saw the longest struggle.',
      body: 'The French called Hill A1 Éliane 2. Its two crests rise about 32 m above the road, only some 500 m from the French command post.\n\nFighting here lasted 39 of the 56 days of the campaign. On the night of 6 May 1954 a charge of almost a tonne was set off through a tunnel; by dawn on 7 May the hill had been taken.\n\nToday visitors walk the restored trenches and see the crater and an 18-tonne tank near the summit memorial.',
    },
  },
  {
    slug: 'ban-men-khan-pieu',
    tenantSlug: 'dien-bien-phu',
    heritage: ['ban-men'],
    publishedAt: '2026-06-12T08:00:00.000Z',
    vi: {
      title: 'Bản Mển và chiếc khăn piêu',
      excerpt: 'Một bản Thái Đen bên đồng lúa, nơi khung cửi vẫn chạy mỗi ngày.',
      body: 'Bản Mển có hơn 110 hộ với hơn 500 nhân khẩu, tất cả là người Thái Đen. Những ngôi nhà sàn tựa lưng vào núi, mặt hướng ra cánh đồng lúa.\n\nPhụ nữ trong bản dệt thổ cẩm và thêu khăn piêu bằng tay; khách ghé thăm có thể xem dệt và mua tận nơi.',
    },
    en: {
      title: 'Bản Mển and the piêu scarf',
      excerpt: 'A Black Thai village by the rice fields where the looms still run every day.',
      body: 'Bản Mển has more than 110 households and over 500 people, all Black Thai. Its stilt houses stand with their backs to the hills, facing the rice fields.\n\nWomen of the village weave brocade and embroider piêu scarves by hand; visitors can watch and buy on the spot.',
    },
  },
  {
    slug: 'mua-hoa-ban',
    tenantSlug: 'dien-bien-phu',
    heritage: [],
    publishedAt: '2026-03-01T08:00:00.000Z',
    vi: {
      title: 'Mùa hoa ban, mùa lễ hội',
      excerpt: 'Giữa tháng Ba, khi hoa ban trắng núi rừng, cả tỉnh vào hội.',
      body: 'Lễ hội Hoa Ban được tổ chức hằng năm từ năm 2014, thường vào khoảng 13 tháng Ba, ngày mở màn chiến dịch năm 1954.\n\nSau đêm khai mạc là lễ hội đường phố, liên hoan dân ca dân vũ, thi người đẹp Hoa Ban, các môn thể thao truyền thống như ném còn, bắn nỏ, giã bánh dày, hội chợ OCOP và màn xòe tập thể.',
    },
    en: {
      title: 'Bauhinia season, festival season',
      excerpt: 'In mid-March, when bauhinia whitens the hills, the whole province celebrates.',
      body: 'The Hoa Ban Festival has been held every year since 2014, usually around 13 March, the day the 1954 campaign opened.\n\nAfter the opening night come a street carnival, folk song and dance shows, the Miss Hoa Ban contest, traditional sports such as còn throwing, crossbow and rice-cake pounding, OCOP fairs and a mass xòe dance.',
    },
  },
  {
    slug: '105-ngay-o-rung-muong-phang',
    tenantSlug: 'muong-phang',
    heritage: ['so-chi-huy-muong-phang'],
    publishedAt: '2026-01-31T08:00:00.000Z',
    vi: {
      title: '105 ngày dưới tán rừng Mường Phăng',
      excerpt: 'Sở chỉ huy thứ ba và cuối cùng của chiến dịch nằm giữa rừng già.',
      body: 'Sau Thẩm Púa và Nà Tấu, sở chỉ huy chiến dịch chuyển về rừng Mường Phăng và ở đây từ 31 tháng 1 đến 15 tháng 5 năm 1954, tròn 105 ngày.\n\nKhu di tích cao khoảng 1.000 m, trong cánh rừng người dân gọi là rừng của Đại tướng. Lán của Đại tướng Võ Nguyên Giáp và Tham mưu trưởng Hoàng Văn Thái nối với nhau bằng đường hầm; gần đó là nhà họp, bếp Hoàng Cầm và chòi quan sát trên núi Pú Đồn.',
    },
    en: {
      title: '105 days under the Mường Phăng forest',
      excerpt: 'The third and last command post of the campaign lies in old-growth forest.',
      body: 'After Thẩm Púa and Nà Tấu, the campaign command moved to the Mường Phăng forest and stayed from 31 January to 15 May 1954: 105 days.\n\nThe site lies at about 1,000 m in a forest locals call the General’s forest. The huts of General Võ Nguyên Giáp and chief of staff Hoàng Văn Thái are joined by a tunnel; nearby are the meeting hall, a Hoàng Cầm kitchen and a watch post on Pú Đồn.',
    },
  },
  {
    slug: 'le-mung-cong-13-5-1954',
    tenantSlug: 'muong-phang',
    heritage: ['tuong-dai-mung-cong'],
    publishedAt: '2026-05-13T08:00:00.000Z',
    vi: {
      title: 'Lễ mừng công ngày 13 tháng 5 năm 1954',
      excerpt: 'Tượng đài Mừng công đứng đúng nơi bộ đội và đồng bào mừng chiến thắng.',
      body: 'Ngày 13 tháng 5 năm 1954, bộ đội và đồng bào tổ chức lễ mừng công và duyệt binh trên cánh đồng Mường Phăng.\n\nTượng đài Mừng công khánh thành tháng 3 năm 2009, gồm 102 khối đá xanh nặng khoảng 700 tấn, cao 9,8 m, khắc họa Đại tướng cùng bộ đội, dân công và đồng bào các dân tộc.',
    },
    en: {
      title: 'The victory celebration of 13 May 1954',
      excerpt: 'The Victory Celebration monument stands where troops and villagers celebrated.',
      body: 'On 13 May 1954 troops and villagers held the victory celebration and review on the Mường Phăng field.\n\nThe monument, inaugurated in March 2009, is made of 102 blocks of green stone weighing about 700 tonnes and stands 9.8 m high, showing the General with troops, porters and local people.',
    },
  },
]

/**
 * Publishes the demo stories in vi and en under their tenants, linked to the heritage sites
 * they tell of. Idempotent: a story is found by slug; tenants missing from `tenants` are
 * skipped.
 */
export async function seedStories(
  payload: Payload,
  counts: SeedCounts,
  tenants: Map<string, Id>,
): Promise<void> {
  const context = { skipSearchSync: true }
  for (const story of demoStories) {
    const tenant = tenants.get(story.tenantSlug)
    if (tenant === undefined) {
      continue
    }
    const found = await payload.find({
      collection: 'stories',
      where: { slug: { equals: story.slug } },
      draft: true,
      limit: 1,
      depth: 0,
    })
    if (found.docs[0]) {
      counts.kept += 1
      continue
    }
    const heritage = await payload.find({
      collection: 'heritage-sites',
      where: { slug: { in: story.heritage } },
      limit: story.heritage.length || 1,
      depth: 0,
    })
    const text = (locale: StoryText) => ({
      title: locale.title,
      excerpt: locale.excerpt,
      body: plainTextToRichText(locale.body),
    })
    const created = await payload.create({
      collection: 'stories',
      locale: 'vi',
      context,
      data: {
        ...text(story.vi),
        slug: story.slug,
        tenant,
        author: 'Hoa Ban',
        publishedAt: story.publishedAt,
        relatedHeritage: story.heritage.length ? heritage.docs.map((doc) => doc.id) : [],
        _status: 'published',
      } as never,
    })
    await payload.update({
      collection: 'stories',
      id: created.id,
      locale: 'en',
      context,
      data: { ...text(story.en), _status: 'published' } as never,
    })
    counts.created += 1
  }
}
