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
/** The feature gives these numbers without naming where they come from. */
const unnamed: Localized = {
  'zh-HK': '專題引述數據,未註明原始出處',
  en: 'Cited in the feature; original source not named',
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
    asOf: '2024-11-05',
    sourceUrl: HUNYUAN_URL,
    label: { 'zh-HK': '混元大模型MMLU準確率', en: 'Hunyuan-Large accuracy on MMLU' },
    sourceName: hunyuanReport,
  },
  {
    key: 'llama3-mmlu',
    kind: 'percent',
    value: 88.5,
    asOf: '2024-11-05',
    sourceUrl: HUNYUAN_URL,
    label: { 'zh-HK': 'Meta Llama3 MMLU準確率(與混元比較)', en: 'Meta Llama3 accuracy on MMLU (compared with Hunyuan-Large)' },
    sourceName: hunyuanReport,
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
      en: 'Approximate performance gap of Huawei’s Ascend 910B vs advanced chips such as NVIDIA’s A100',
    },
    sourceName: unnamed,
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
    sourceUrl: 'https://www.europarl.europa.eu/thinktank/',
    label: {
      'zh-HK': '近五年歐洲每年研發投入較美國少的金額',
      en: 'Annual shortfall in European R&D investment vs the US, past five years',
    },
    sourceName: {
      'zh-HK': '歐洲議會研究服務處(EPRS)',
      en: 'European Parliamentary Research Service (EPRS)',
    },
  },

  // 中國電力短缺
  {
    key: 'china-dc-electricity-2024',
    kind: 'energy',
    value: 140e9,
    asOf: '2024-12-31',
    label: { 'zh-HK': '中國數據中心用電量(2024年)', en: 'Electricity used by China’s data centers, 2024 (kWh)' },
    sourceName: unnamed,
  },
  {
    key: 'china-dc-electricity-2035-multiple',
    kind: 'multiple',
    value: 3,
    asOf: '2024-12-31',
    label: {
      'zh-HK': '中國數據中心用電量至2035年的預計增幅(相對2024年倍數)',
      en: 'Projected growth in China’s data-center electricity use by 2035 (multiple of 2024)',
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
  },

  // 美國電網危機
  {
    key: 'us-ai-workers-foreign-share',
    kind: 'percent',
    value: 72,
    asOf: '2025-05-12',
    label: { 'zh-HK': '美國AI從業者來自海外的比例', en: 'Share of US AI workers who come from overseas' },
    sourceName: unnamed,
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
  },

  // 歐洲:連接缺失
  {
    key: 'eu-member-states',
    kind: 'count',
    value: 27,
    asOf: '2024-05-29',
    sourceUrl: 'https://www.eca.europa.eu/',
    label: { 'zh-HK': '歐盟成員國數目', en: 'EU member states' },
    sourceName: { 'zh-HK': '歐洲審計院2024年報告', en: 'European Court of Auditors, 2024 report' },
  },
  {
    key: 'eu-ai-talent-drain',
    kind: 'percent',
    value: 52,
    asOf: '2025-05-12',
    label: { 'zh-HK': '歐洲AI人才流失至美國的比率(部分估算)', en: 'Estimated rate of European AI talent lost to the US' },
    sourceName: unnamed,
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
      'zh-HK': 'GPT-4o API每百萬輸入token最低價格',
      en: 'GPT-4o API input price per million tokens (lowest cited)',
    },
    sourceName: openaiPricing,
  },
  {
    key: 'gpt-4o-output-price',
    kind: 'currency',
    currency: 'USD',
    value: 15,
    asOf: '2024-05-13',
    sourceUrl: OPENAI_PRICING_URL,
    label: {
      'zh-HK': 'GPT-4o API每百萬輸出token最低價格',
      en: 'GPT-4o API output price per million tokens (lowest cited)',
    },
    sourceName: openaiPricing,
  },
  {
    key: 'baidu-ernie-price-cut',
    kind: 'percent',
    value: 20,
    asOf: '2025-04-25',
    sourceUrl: 'https://ir.baidu.com/',
    label: { 'zh-HK': '百度文心4.5 Turbo降價幅度', en: 'Baidu ERNIE 4.5 Turbo price cut' },
    sourceName: { 'zh-HK': '百度', en: 'Baidu' },
  },
  {
    key: 'alibaba-cloud-revenue-growth-2024',
    kind: 'percent',
    value: 7,
    asOf: '2024-11-15',
    sourceUrl: 'https://www.alibabagroup.com/',
    label: { 'zh-HK': '阿里雲收入按年增長(2024年)', en: 'Alibaba Cloud revenue growth year over year, 2024' },
    sourceName: { 'zh-HK': '阿里巴巴集團業績公告', en: 'Alibaba Group results' },
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
  // Derived figures, drawn in the feature's charts: computed from the figures above, so a
  // revision of an input redraws them. Their labels say they are derived.
  {
    key: 'china-private-ai-investment-2024',
    kind: 'currency',
    currency: 'USD',
    value: 0,
    formula: '{{us-private-ai-investment-2024}} / {{us-china-ai-investment-ratio}}',
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '中國私人AI投資(2024年,按美國投資額及倍數推算)', en: 'China private AI investment, 2024 (derived from the US figure and ratio)' },
    sourceName: hai,
  },
  {
    key: 'uk-private-ai-investment-2024',
    kind: 'currency',
    currency: 'USD',
    value: 0,
    formula: '{{us-private-ai-investment-2024}} / {{us-uk-ai-investment-ratio}}',
    asOf: '2025-04-07',
    sourceUrl: HAI_URL,
    label: { 'zh-HK': '英國私人AI投資(2024年,按美國投資額及倍數推算)', en: 'UK private AI investment, 2024 (derived from the US figure and ratio)' },
    sourceName: hai,
  },
  {
    key: 'china-dc-electricity-2035',
    kind: 'energy',
    value: 0,
    formula: '{{china-dc-electricity-2024}} * {{china-dc-electricity-2035-multiple}}',
    asOf: '2024-12-31',
    label: {
      'zh-HK': '中國數據中心用電量(2035年預測,按2024年用電量及倍數推算)',
      en: 'Electricity used by China’s data centers, 2035 projection (derived from 2024 use and the multiple)',
    },
    sourceName: unnamed,
  },
];
