// Seed series "The Global AI Race" that the feature, editorial and follow-up belong to.
import type { Localized } from './types';

export const series = {
  slug: 'global-ai-race',
  title: {
    'zh-HK': '全球AI競賽',
    en: 'The Global AI Race',
  },
  description: {
    'zh-HK': '追蹤中國、美國和歐洲在人工智能領域的角力,從技術和成本,到芯片、能源與人才。',
    en: 'Tracking the contest between China, the United States and Europe over artificial intelligence, from technology and cost to chips, energy and talent.',
  },
} satisfies { slug: string; title: Localized; description: Localized };
