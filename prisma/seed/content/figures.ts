// Seed figures for The Global AI Race: every number the feature, editorial and follow-up refer to.
import type { Localized, SeedFigure } from './types';

const HAI_URL = 'https://hai.stanford.edu/ai-index/2025-ai-index-report';
const HUNYUAN_URL = 'https://arxiv.org/abs/2411.02265';
const DEEPSEEK_PRICING_URL = 'https://api-docs.deepseek.com/quick_start/pricing';
const OPENAI_PRICING_URL = 'https://openai.com/api/pricing/';

const hai: Localized = {
  'zh-HK': '史丹福大學HAI《2025年AI指數報告》',
  en: 'Stanford HAI AI Index 2025',
};
const hunyuanReport: Localized = {
  'zh-HK': '騰訊《Hunyuan-Large》技術報告',
  en: 'Tencent, Hunyuan-Large technical report',
};
const deepseekPricing: Localized = {
  'zh-HK': 'DeepSeek API定價',
  en: 'DeepSeek API pricing',
};
const openaiPricing: Localized = {
  'zh-HK': 'OpenAI API定價',
  en: 'OpenAI API pricing',
};
/** GPT-4o's prices as the feature gives them are its launch prices, not its latest. */
const gpt4oLaunchNote: Localized = {
  'zh-HK': 'GPT-4o於2024年5月推出時的價格;專題稱之為「最新收費」的最低價。OpenAI其後已下調GPT-4o價格。',
  en: 'GPT-4o’s launch price, May 2024; the feature gives it as the lowest of the “latest” prices. OpenAI has since cut GPT-4o’s prices.',
};
/** The feature gives these numbers without naming where they come from. */
const unnamed: Localized = {
  'zh-HK': '專題引述數據,未註明原始出處',
  en: 'Cited in the feature; original source not named',
};
/** For figures the feature gives without a date: the record is dated to the feature's publication. */
const undatedNote: Localized = {
  'zh-HK': '專題未註明出處及日期;日期為專題發表日(2025年5月12日)。',
  en: 'The feature names no source or date; dated to its publication, 12 May 2025.',
};

export const figures: SeedFigure[] = [
  // AI競賽:中國由「山寨」到「挑戰者」
  {
    key: 'hunyuan-large-params',
    kind: 'parameters',
    value: 389e9,
    asOf: '2024-11-05',
    sourceUrl: HUNYUAN_URL,
    label: { 'zh-HK': '騰訊混元大模型(Hunyuan-Large)參數總量', en: 'Tencent Hunyuan-Large total parameters' },
    sourceName: hunyuanReport,
  },
  {
    key: 'hunyuan-large-mmlu',
    kind: 'percent',
    value: 90.8,
    asOf: '2025-05-12',
    label: { 'zh-HK': '混元大模型MMLU準確率(專題所引)', en: 'Hunyuan-Large accuracy on MMLU, as given in the feature' },
    sourceName: unnamed,
    note: {
      'zh-HK': '專題未註明此分數出處,日期為專題發表日。騰訊《Hunyuan-Large》技術報告並無90.8這個數字:報告列出基礎模型的MMLU分數為88.4,Llama 3.1 405B為85.2。',
      en: 'The feature names no source for this score; dated to its publication. Tencent’s Hunyuan-Large report does not contain 90.8: it gives 88.4 on MMLU for the base model, against 85.2 for Llama 3.1 405B.',
    },
  },
  {
    key: 'llama3-mmlu',
    kind: 'percent',
    value: 88.5,
    asOf: '2025-05-12',
    label: { 'zh-HK': 'Meta Llama 3 MMLU準確率(專題所引,與混元比較)', en: 'Meta Llama 3 accuracy on MMLU, as given in the feature (compared with Hunyuan-Large)' },
    sourceName: unnamed,
    note: {
      'zh-HK':
        '專題未註明此分數出處,亦未說明是哪個Llama 3模型,日期為專題發表日。騰訊《Hunyuan-Large》技術報告並無88.5這個數字:報告列出Llama 3.1 405B的MMLU分數為85.2,混元基礎模型為88.4。',
      en: 'The feature names no source for this score, nor which Llama 3 model; dated to its publication. Tencent’s Hunyuan-Large report does not contain 88.5: it gives 85.2 on MMLU for Llama 3.1 405B, against 88.4 for Hunyuan-Large’s base model.',
    },
  },
  {
    key: 'deepseek-r1-training-cost-share',
    kind: 'percent',
    value: 1,
    valueHigh: 3,
    asOf: '2025-01-20',
    label: {
      'zh-HK': 'DeepSeek R1訓練成本佔美國頂級模型的比例',
      en: 'DeepSeek R1 training cost as a share of top US models’',
    },
    sourceName: unnamed,
    note: {
      'zh-HK': '專題未註明出處;日期為DeepSeek R1發布日(2025年1月20日)。',
      en: 'The feature names no source; dated to DeepSeek R1’s release, 20 January 2025.',
    },
  },
  {
    key: 'china-ai-papers-share',
    kind: 'percent',
    value: 23.2,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '中國佔全球AI論文產量比例(2023年)', en: 'China’s share of global AI publications, 2023' },
    sourceName: hai,
  },
  {
    key: 'china-ai-citations-share',
    kind: 'percent',
    value: 22.6,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '中國佔全球AI論文被引用次數比例(2023年)', en: 'China’s share of global AI citations, 2023' },
    sourceName: hai,
  },
  {
    key: 'us-top-ai-researchers-share',
    kind: 'percent',
    value: 57,
    asOf: '2024-03-06',
    sourceUrl: 'https://macropolo.org/digital-projects/the-global-ai-talent-tracker/',
    label: { 'zh-HK': '在美國工作的頂尖AI研究員比例', en: 'Share of top-tier AI researchers working in the US' },
    sourceName: {
      'zh-HK': 'MacroPolo全球AI人才追蹤(Global AI Talent Tracker)',
      en: 'MacroPolo Global AI Talent Tracker',
    },
    note: {
      'zh-HK': '專題未註明出處;本紀錄以MacroPolo全球AI人才追蹤為來源,尚未與該數據逐一核對。',
      en: 'The feature names no source; this record attributes the figure to MacroPolo’s Global AI Talent Tracker, not yet checked against it.',
    },
  },

  // 中國模式:國家主導的「國家隊」
  {
    key: 'hunyuan-synthetic-tokens',
    kind: 'tokens',
    value: 1.5e12,
    asOf: '2024-11-05',
    sourceUrl: HUNYUAN_URL,
    label: { 'zh-HK': '混元大模型訓練所用合成數據token數量', en: 'Synthetic-data tokens used to train Hunyuan-Large' },
    sourceName: hunyuanReport,
  },
  {
    key: 'ascend-910b-speed-gap',
    kind: 'percent',
    value: 20,
    asOf: '2025-05-12',
    label: {
      'zh-HK': '華為Ascend 910B相對NVIDIA A100等先進芯片的性能差距(約數)',
      en: 'Approximate performance gap of Huawei’s Ascend 910B vs advanced chips such as Nvidia’s A100',
    },
    sourceName: unnamed,
    note: undatedNote,
  },

  // 美國模式:矽谷創業精神
  {
    key: 'us-private-ai-investment-2024',
    kind: 'currency',
    currency: 'USD',
    value: 109.1e9,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '美國私人AI投資(2024年)', en: 'US private AI investment, 2024' },
    sourceName: hai,
  },
  {
    key: 'us-china-ai-investment-ratio',
    kind: 'multiple',
    value: 12,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '美國私人AI投資相對中國的倍數(2024年)', en: 'US private AI investment as a multiple of China’s, 2024' },
    sourceName: hai,
    note: { 'zh-HK': 'HAI報告:美國投資額「接近」中國93億美元的12倍。', en: 'HAI gives “nearly 12 times” China’s $9.3 billion.' },
  },
  {
    key: 'us-uk-ai-investment-ratio',
    kind: 'multiple',
    value: 24,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '美國私人AI投資相對英國的倍數(2024年)', en: 'US private AI investment as a multiple of the UK’s, 2024' },
    sourceName: hai,
  },

  // 歐洲困局:道德規範領先,商業應用落後
  {
    key: 'eu-us-rd-gap',
    kind: 'currency',
    currency: 'EUR',
    value: 22e9,
    asOf: '2024-09-01',
    label: {
      'zh-HK': '近五年歐洲每年研發投入較美國少的金額',
      en: 'Annual shortfall in European R&D investment vs the US, past five years',
    },
    sourceName: {
      'zh-HK': '歐洲議會研究服務處(EPRS)',
      en: 'European Parliamentary Research Service (EPRS)',
    },
    note: {
      'zh-HK': '專題只註明EPRS,未註明哪一份文件;原始文件尚未找到,日期為約數。',
      en: 'The feature names EPRS but not the document; the publication has not been identified, so the date is approximate.',
    },
  },

  // 中國電力短缺
  {
    key: 'china-dc-electricity-2024',
    kind: 'energy',
    value: 140e9,
    asOf: '2024-12-31',
    label: { 'zh-HK': '中國數據中心用電量(2024年)', en: 'Electricity used by China’s data centres, 2024' },
    sourceName: unnamed,
  },
  {
    key: 'china-dc-electricity-2035-multiple',
    kind: 'multiple',
    value: 3,
    asOf: '2024-12-31',
    label: {
      'zh-HK': '中國數據中心用電量至2035年的預計增幅(相對2024年倍數)',
      en: 'Projected growth in China’s data-centre electricity use by 2035 (multiple of 2024)',
    },
    sourceName: unnamed,
  },
  {
    key: 'chip-ban-training-cost-rise',
    kind: 'percent',
    value: 30,
    asOf: '2025-05-12',
    label: {
      'zh-HK': '美國禁令下改用華為芯片令訓練成本上升幅度',
      en: 'Rise in training costs from switching to slower Huawei chips under US restrictions',
    },
    sourceName: unnamed,
    note: undatedNote,
  },

  // 美國電網危機
  {
    key: 'us-ai-workers-foreign-share',
    kind: 'percent',
    value: 72,
    asOf: '2025-05-12',
    label: { 'zh-HK': '美國AI從業者來自海外的比例', en: 'Share of US AI workers who come from abroad' },
    sourceName: unnamed,
    note: undatedNote,
  },
  {
    key: 'china-us-cs-graduates-ratio',
    kind: 'multiple',
    value: 3,
    asOf: '2025-05-12',
    label: {
      'zh-HK': '中國計算機科學畢業生數量相對美國的倍數',
      en: 'China’s computer science graduates as a multiple of the US’s',
    },
    sourceName: unnamed,
    note: undatedNote,
  },

  // 歐洲:連接缺失
  {
    key: 'eu-member-states',
    kind: 'count',
    value: 27,
    asOf: '2024-05-29',
    sourceUrl: 'https://www.eca.europa.eu/en/publications/SR-2024-08',
    label: { 'zh-HK': '歐盟成員國數目', en: 'EU member states' },
    sourceName: {
      'zh-HK': '歐洲審計院第08/2024號特別報告(歐盟人工智能抱負)',
      en: 'European Court of Auditors, special report 08/2024 (EU artificial intelligence ambition)',
    },
  },
  {
    key: 'eu-ai-talent-drain',
    kind: 'percent',
    value: 52,
    asOf: '2025-05-12',
    label: { 'zh-HK': '歐洲AI人才流失至美國的比率(部分估算)', en: 'Estimated rate of European AI talent lost to the US' },
    sourceName: unnamed,
    note: undatedNote,
  },

  // 成本戰:AI普及的關鍵
  {
    key: 'deepseek-r1-input-price',
    kind: 'currency',
    currency: 'USD',
    value: 0.55,
    asOf: '2025-01-20',
    sourceUrl: DEEPSEEK_PRICING_URL,
    label: { 'zh-HK': 'DeepSeek R1 API每百萬輸入token價格', en: 'DeepSeek R1 API input price per million tokens' },
    sourceName: deepseekPricing,
    note: {
      'zh-HK': 'DeepSeek R1(deepseek-reasoner)推出時的標準價格(未命中緩存);DeepSeek其後已調整價格。',
      en: 'Standard price (cache miss) of DeepSeek R1 (deepseek-reasoner) at its launch; DeepSeek has since changed its prices.',
    },
  },
  {
    key: 'deepseek-r1-output-price',
    kind: 'currency',
    currency: 'USD',
    value: 2.19,
    asOf: '2025-01-20',
    sourceUrl: DEEPSEEK_PRICING_URL,
    label: { 'zh-HK': 'DeepSeek R1 API每百萬輸出token價格', en: 'DeepSeek R1 API output price per million tokens' },
    sourceName: deepseekPricing,
    note: {
      'zh-HK': 'DeepSeek R1(deepseek-reasoner)推出時的標準價格;DeepSeek其後已調整價格。',
      en: 'Standard price of DeepSeek R1 (deepseek-reasoner) at its launch; DeepSeek has since changed its prices.',
    },
  },
  {
    key: 'openai-o1-input-price',
    kind: 'currency',
    currency: 'USD',
    value: 15,
    asOf: '2024-12-17',
    sourceUrl: OPENAI_PRICING_URL,
    label: { 'zh-HK': 'OpenAI o1 API每百萬輸入token價格', en: 'OpenAI o1 API input price per million tokens' },
    sourceName: openaiPricing,
  },
  {
    key: 'openai-o1-output-price',
    kind: 'currency',
    currency: 'USD',
    value: 60,
    asOf: '2024-12-17',
    sourceUrl: OPENAI_PRICING_URL,
    label: { 'zh-HK': 'OpenAI o1 API每百萬輸出token價格', en: 'OpenAI o1 API output price per million tokens' },
    sourceName: openaiPricing,
  },
  {
    key: 'gpt-4o-input-price',
    kind: 'currency',
    currency: 'USD',
    value: 5,
    asOf: '2024-05-13',
    sourceUrl: OPENAI_PRICING_URL,
    label: {
      'zh-HK': 'GPT-4o API每百萬輸入token價格(2024年5月推出時)',
      en: 'GPT-4o API input price per million tokens, at launch (May 2024)',
    },
    sourceName: openaiPricing,
    note: gpt4oLaunchNote,
  },
  {
    key: 'gpt-4o-output-price',
    kind: 'currency',
    currency: 'USD',
    value: 15,
    asOf: '2024-05-13',
    sourceUrl: OPENAI_PRICING_URL,
    label: {
      'zh-HK': 'GPT-4o API每百萬輸出token價格(2024年5月推出時)',
      en: 'GPT-4o API output price per million tokens, at launch (May 2024)',
    },
    sourceName: openaiPricing,
    note: gpt4oLaunchNote,
  },
  {
    key: 'baidu-ernie-price-cut',
    kind: 'percent',
    value: 20,
    asOf: '2025-04-25',
    label: { 'zh-HK': '百度文心4.5 Turbo降價幅度(專題所引)', en: 'Baidu Ernie 4.5 Turbo price cut, as given in the feature' },
    sourceName: unnamed,
    note: {
      'zh-HK': '未經已發表的來源核實;日期為文心4.5 Turbo發布日(2025年4月25日)。',
      en: 'Not verified against a published source; dated to Ernie 4.5 Turbo’s launch, 25 April 2025.',
    },
  },
  {
    key: 'alibaba-cloud-revenue-growth-2024',
    kind: 'percent',
    value: 7,
    asOf: '2024-09-30',
    label: {
      'zh-HK': '阿里雲智能集團收入按年增長(2024年7月至9月季度)',
      en: 'Alibaba Cloud Intelligence Group revenue growth, year on year, July–September 2024 quarter',
    },
    sourceName: {
      'zh-HK': '阿里巴巴集團截至2024年9月30日止季度業績公告(2024年11月15日)',
      en: 'Alibaba Group, results for the quarter ended 30 September 2024 (15 November 2024)',
    },
    note: {
      'zh-HK': '只是一個季度(2024年7月至9月)的按年增長;專題把它寫成阿里雲2024年的收入增長。未附連結:業績公告的網址尚未核實。',
      en: 'One quarter only (July–September 2024), which the feature gives as Alibaba Cloud’s growth in 2024. No link: the address of the results announcement has not been verified.',
    },
  },

  // Stanford HAI: US–China performance gaps at the end of 2024
  {
    key: 'hai-gap-mmlu',
    kind: 'percentage-points',
    value: 0.3,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '中美頂尖模型MMLU表現差距(2024年底)', en: 'US–China top-model performance gap on MMLU, end-2024' },
    sourceName: hai,
  },
  {
    key: 'hai-gap-mmmu',
    kind: 'percentage-points',
    value: 8.1,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '中美頂尖模型MMMU表現差距(2024年底)', en: 'US–China top-model performance gap on MMMU, end-2024' },
    sourceName: hai,
  },
  {
    key: 'hai-gap-math',
    kind: 'percentage-points',
    value: 1.6,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '中美頂尖模型MATH表現差距(2024年底)', en: 'US–China top-model performance gap on MATH, end-2024' },
    sourceName: hai,
  },
  {
    key: 'hai-gap-humaneval',
    kind: 'percentage-points',
    value: 3.7,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: {
      'zh-HK': '中美頂尖模型HumanEval表現差距(2024年底)',
      en: 'US–China top-model performance gap on HumanEval, end-2024',
    },
    sourceName: hai,
  },
  // Drawn in the feature's investment chart: the amounts HAI states, not the ratios divided out.
  {
    key: 'china-private-ai-investment-2024',
    kind: 'currency',
    currency: 'USD',
    value: 9.3e9,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '中國私人AI投資(2024年)', en: 'China private AI investment, 2024' },
    sourceName: hai,
    note: { 'zh-HK': 'HAI報告所載金額;專題只引用倍數。', en: 'The amount HAI states; the feature gives only the ratio.' },
  },
  {
    key: 'uk-private-ai-investment-2024',
    kind: 'currency',
    currency: 'USD',
    value: 4.5e9,
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '英國私人AI投資(2024年)', en: 'UK private AI investment, 2024' },
    sourceName: hai,
    note: { 'zh-HK': 'HAI報告所載金額;專題只引用倍數。', en: 'The amount HAI states; the feature gives only the ratio.' },
  },
  // Derived: computed from the figures above, so a revision of an input redraws it. Its label says so.
  {
    key: 'china-dc-electricity-2035',
    kind: 'energy',
    value: 0,
    formula: '{{china-dc-electricity-2024}} * {{china-dc-electricity-2035-multiple}}',
    asOf: '2024-12-31',
    label: {
      'zh-HK': '中國數據中心用電量(2035年預測,按2024年用電量及倍數推算)',
      en: 'Electricity used by China’s data centres, 2035 projection (derived from 2024 use and the multiple)',
    },
    sourceName: unnamed,
  },
];
