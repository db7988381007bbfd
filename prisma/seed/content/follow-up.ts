// Seed follow-up (draft): the piece on AI talent flows that the feature announces; editor's planning notes only.
import type { SeedPiece } from './types';

export const followUp: SeedPiece = {
  slug: 'ai-talent-flows',
  kind: 'follow-up',
  status: 'draft',
  title: {
    'zh-HK': '【草稿】AI人才流動如何重塑全球競賽',
    en: 'Draft: how AI talent flows are reshaping the global race',
  },
  standfirst: {
    'zh-HK': '草稿,撰寫中:《全球AI競賽》系列下一篇專文,探討AI人才流動如何影響全球競賽格局。',
    en: 'Draft, work in progress: the next piece in The Global AI Race series, on how the movement of AI talent is shaping the global contest.',
  },
  seoTitle: {
    'zh-HK': '【草稿】AI人才流動如何重塑全球競賽',
    en: 'Draft: how AI talent flows are reshaping the global race',
  },
  seoDescription: {
    'zh-HK': '草稿,未發表:AI人才流動如何影響全球AI競賽格局。',
    en: 'Draft, not yet published: how the movement of AI talent is reshaping the global AI race.',
  },
  blocks: [
    {
      type: 'heading',
      level: 2,
      text: { 'zh-HK': '編輯筆記(草稿)', en: 'Editor’s notes (draft)' },
    },
    {
      type: 'paragraph',
      text: {
        'zh-HK': '本篇為《全球AI競賽》系列的跟進專文,承接首篇專題結尾的預告,現仍在撰寫中。以下只是編輯的規劃筆記,並非報道內容,未經核實,不得發表。',
        en: 'This is the follow-up promised at the end of the opening feature in *The Global AI Race* series, and it is still being written. What follows are the editor’s planning notes, not reporting: nothing here has been verified, and it is not for publication.',
      },
    },
    {
      type: 'heading',
      level: 3,
      text: { 'zh-HK': '本篇將沿用的系列數據', en: 'Series figures this piece will build on' },
    },
    {
      type: 'paragraph',
      text: {
        'zh-HK': '頂尖研究員:專題報道,美國仍擁有{{us-top-ai-researchers-share}}頂尖AI研究員(專題未註明出處;數據紀錄以MacroPolo全球AI人才追蹤為來源,須核實)。',
        en: 'Top researchers: the feature reported that the United States is still home to {{us-top-ai-researchers-share}} of top AI researchers (the feature names no source; the figure’s record gives MacroPolo’s Global AI Talent Tracker, still to be checked).',
      },
    },
    {
      type: 'paragraph',
      text: {
        'zh-HK': '海外人才:專題報道,美國AI從業者有{{us-ai-workers-foreign-share}}來自海外(專題未註明出處,須追查原始來源)。',
        en: 'Talent from abroad: the feature reported that {{us-ai-workers-foreign-share}} of AI workers in the United States come from overseas (the feature names no source; the original source still has to be traced).',
      },
    },
    {
      type: 'paragraph',
      text: {
        'zh-HK': '畢業生:專題報道,中國計算機科學畢業生數量是美國的{{china-us-cs-graduates-ratio|words}}(同樣須追查原始來源)。',
        en: 'Graduates: the feature reported that China has a {{china-us-cs-graduates-ratio|words}} advantage over America in the number of computer science graduates (the original source likewise still has to be traced).',
      },
    },
    {
      type: 'paragraph',
      text: {
        'zh-HK': '歐洲流失:專題引述部分估算,指歐洲AI人才流失至美國的比率高達{{eu-ai-talent-drain}};Francesca Bria亦在專題中警告,歐洲最優秀的人才和創意或會流失到矽谷或其他地區。',
        en: 'Europe’s losses: the feature reported estimates putting the rate at which Europe is losing AI talent to the United States as high as {{eu-ai-talent-drain}}, and quoted Francesca Bria’s warning that Europe’s best talent and ideas could drain away to Silicon Valley or elsewhere.',
      },
    },
    {
      type: 'heading',
      level: 3,
      text: { 'zh-HK': '待辦', en: 'To do' },
    },
    {
      type: 'paragraph',
      text: {
        'zh-HK':
          '逐一核實以上數據的原始出處,並查看有否更新數字;釐清「頂尖研究員」、「AI從業者」等定義;決定採訪對象及切入角度(例如研究員在哪裏受訓、在哪裏工作,以及簽證和移民政策的影響)。發表前須經編輯審批。',
        en: 'Check each figure above against its original source and look for newer numbers; pin down definitions such as “top researchers” and “AI workers”; decide on interviewees and angles (for example, where researchers train versus where they work, and the effect of visa and immigration policy). Needs an editor’s sign-off before publication.',
      },
    },
  ],
};
