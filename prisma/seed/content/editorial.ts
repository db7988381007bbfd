// Seed editorial "編輯評論:誰能定義AI的未來?" that accompanies the China cost-revolution feature.
import type { SeedPiece } from './types';

export const editorial: SeedPiece = {
  slug: 'who-defines-ai-future',
  kind: 'editorial',
  status: 'published',
  publishedAt: '2025-05-12T01:05:00.000Z',
  title: {
    'zh-HK': '編輯評論:誰能定義AI的未來?',
    en: 'Who will define the future of AI?',
  },
  standfirst: {
    'zh-HK': '中國的「成本革命」對香港有何啟示?未來的AI競爭,或許不再是國家對國家,而是生態系統對生態系統。',
    en: 'What does China’s “cost revolution” mean for Hong Kong? The AI contest of the future may no longer pit nation against nation, but ecosystem against ecosystem.',
  },
  seoTitle: {
    'zh-HK': '編輯評論:誰能定義AI的未來?',
    en: 'Editorial: who will define the future of AI?',
  },
  seoDescription: {
    'zh-HK': '中國「成本革命」、美國創新、歐洲規管:香港作為中西交匯的城市,如何在AI競賽中找到自己的定位?',
    en: 'China’s “cost revolution”, American innovation, European regulation: how can Hong Kong, where East meets West, find its own place in the AI race?',
  },
  blocks: [
    {
      type: 'paragraph',
      text: {
        'zh-HK':
          '這場AI競賽,對香港甚至整個華人世界都極具啟示性。中國的「成本革命」不僅僅是價格戰,更是整個產業鏈條的顛覆——從數據積累、合成數據運用,到芯片自給自足的艱難轉型,這種「以量取勝」的策略令人聯想到當年中國「世界工廠」的崛起。但AI不是簡單的製造業,創新、倫理、人才和基建缺一不可。',
        en: 'This AI race holds important lessons for Hong Kong, and indeed for the whole Chinese-speaking world. China’s “cost revolution” is more than a price war: it is upending the entire supply chain, from the amassing of data and the use of synthetic data to the arduous shift towards self-sufficiency in chips. This strategy of “winning through volume” recalls China’s rise as the “world’s factory”. But AI is not simply manufacturing: innovation, ethics, talent and infrastructure are all indispensable.',
      },
    },
    {
      type: 'paragraph',
      text: {
        'zh-HK':
          '美國的優勢在於創新和資本,但碎片化和人才外流開始削弱這種優勢。歐洲則陷於「規管先行」的泥沼,理想很美但現實很骨感。香港作為中西交匯的城市,或許正好可以在AI倫理、技術應用和商業創新之間找到自己的定位——既要學習中國的規模化能力,也要吸納美國的創新精神,並參考歐洲的法規經驗,推動屬於本地的AI應用場景。',
        en: 'America’s strengths lie in innovation and capital, but fragmentation and an outflow of talent are starting to erode them. Europe, meanwhile, is stuck in the mire of “regulation first”: its ideals are lofty, its reality harsh. As a city where East meets West, Hong Kong may be well placed to carve out its own role where AI ethics, technological application and commercial innovation meet. It should learn from China’s ability to scale, absorb America’s spirit of innovation and draw on Europe’s experience of regulation, so as to develop uses of AI that are its own.',
      },
    },
    {
      type: 'paragraph',
      text: {
        'zh-HK':
          '更值得深思的是,隨著AI逐漸普及,未來的競爭或許不再是國家對國家,而是生態系統對生態系統——誰能把人才、數據、硬件、軟件、倫理和監管整合成一個有機體,誰就能定義AI的未來。這場賽事,才剛剛開始。',
        en: 'More thought-provoking still, as AI spreads, the competition of the future may no longer pit nation against nation but ecosystem against ecosystem: whoever can weave talent, data, hardware, software, ethics and regulation into a single living whole will define the future of AI. This race has only just begun.',
      },
    },
  ],
};
