// The charts the feature's text argues, drawn from its figures, and where each is placed:
// right after the paragraph that makes the point (the one first using `after`).
import type { ChartInput } from '@/lib/charts/schemas';

const t = (zh: { title: string; subtitle: string; axis?: string; notes?: string }, en: { title: string; subtitle: string; axis?: string; notes?: string }) => ({
  'zh-HK': { axis: '', notes: '', ...zh },
  en: { axis: '', notes: '', ...en },
});

export const charts: (ChartInput & { after: string })[] = [
  {
    key: 'mmlu-hunyuan-llama',
    after: 'hunyuan-large-mmlu',
    kind: 'bar',
    texts: t(
      {
        title: 'MMLU基準測試準確率',
        subtitle: '騰訊混元大模型與Meta Llama3比較',
        axis: '準確率(%)',
        notes: '專題所引分數,未註明出處。騰訊技術報告列出的是混元基礎模型88.4、Llama 3.1 405B 85.2。',
      },
      {
        title: 'Accuracy on the MMLU benchmark',
        subtitle: 'Tencent’s Hunyuan-Large and Meta’s Llama 3',
        axis: 'Accuracy (%)',
        notes: 'Scores as given in the feature, which names no source. Tencent’s report gives 88.4 for Hunyuan-Large’s base model and 85.2 for Llama 3.1 405B.',
      },
    ),
    labels: {
      categories: { 'hunyuan-large': { 'zh-HK': '騰訊混元大模型', en: 'Tencent Hunyuan-Large' }, llama3: { 'zh-HK': 'Meta Llama3', en: 'Meta Llama 3' } },
      series: {},
    },
    figures: [
      { key: 'hunyuan-large-mmlu', category: 'hunyuan-large' },
      { key: 'llama3-mmlu', category: 'llama3' },
    ],
  },
  {
    key: 'private-ai-investment-2024',
    after: 'us-private-ai-investment-2024',
    kind: 'bar',
    texts: t(
      { title: '2024年私人AI投資', subtitle: '美國、中國及英國', axis: '美元' },
      { title: 'Private AI investment in 2024', subtitle: 'United States, China and the United Kingdom', axis: 'US dollars' },
    ),
    labels: {
      categories: { us: { 'zh-HK': '美國', en: 'United States' }, china: { 'zh-HK': '中國', en: 'China' }, uk: { 'zh-HK': '英國', en: 'United Kingdom' } },
      series: {},
    },
    figures: [
      { key: 'us-private-ai-investment-2024', category: 'us' },
      { key: 'china-private-ai-investment-2024', category: 'china' },
      { key: 'uk-private-ai-investment-2024', category: 'uk' },
    ],
  },
  {
    key: 'china-dc-electricity',
    after: 'china-dc-electricity-2024',
    kind: 'bar',
    texts: t(
      { title: '中國數據中心用電量', subtitle: '2024年實際用電量及2035年預測', axis: '度(千瓦時)' },
      { title: 'Electricity used by China’s data centres', subtitle: '2024 use and the 2035 projection', axis: 'kWh' },
    ),
    labels: {
      categories: { '2024': { 'zh-HK': '2024年', en: '2024' }, '2035': { 'zh-HK': '2035年(預測)', en: '2035 (projected)' } },
      series: {},
    },
    figures: [
      { key: 'china-dc-electricity-2024', category: '2024' },
      { key: 'china-dc-electricity-2035', category: '2035' },
    ],
  },
  {
    key: 'api-prices',
    after: 'deepseek-r1-input-price',
    kind: 'grouped-bar',
    texts: t(
      { title: 'AI模型API收費', subtitle: '每百萬token價格', axis: '美元', notes: 'GPT-4o收費視應用情境而定,圖中為專題所引的最低收費,即2024年5月推出時的價格。' },
      {
        title: 'What AI models charge through their APIs',
        subtitle: 'Price per million tokens',
        axis: 'US dollars',
        notes: 'GPT-4o’s price depends on the use case; shown is the lowest rate the feature gives, which is its launch price of May 2024.',
      },
    ),
    labels: {
      categories: {
        'deepseek-r1': { 'zh-HK': 'DeepSeek R1', en: 'DeepSeek R1' },
        'openai-o1': { 'zh-HK': 'OpenAI o1', en: 'OpenAI o1' },
        'gpt-4o': { 'zh-HK': 'GPT-4o(最低收費)', en: 'GPT-4o (lowest rate)' },
      },
      series: { input: { 'zh-HK': '輸入', en: 'Input' }, output: { 'zh-HK': '輸出', en: 'Output' } },
    },
    figures: [
      { key: 'deepseek-r1-input-price', category: 'deepseek-r1', series: 'input' },
      { key: 'deepseek-r1-output-price', category: 'deepseek-r1', series: 'output' },
      { key: 'openai-o1-input-price', category: 'openai-o1', series: 'input' },
      { key: 'openai-o1-output-price', category: 'openai-o1', series: 'output' },
      { key: 'gpt-4o-input-price', category: 'gpt-4o', series: 'input' },
      { key: 'gpt-4o-output-price', category: 'gpt-4o', series: 'output' },
    ],
  },
  {
    key: 'hai-us-china-gap',
    after: 'hai-gap-mmlu',
    kind: 'bar',
    texts: t(
      { title: '中美頂尖AI模型表現差距', subtitle: '2024年底,四項基準測試', axis: '百分點' },
      { title: 'The gap between top US and Chinese AI models', subtitle: 'End of 2024, on four benchmarks', axis: 'Percentage points' },
    ),
    labels: {
      categories: {
        mmlu: { 'zh-HK': 'MMLU', en: 'MMLU' },
        mmmu: { 'zh-HK': 'MMMU', en: 'MMMU' },
        math: { 'zh-HK': 'MATH', en: 'MATH' },
        humaneval: { 'zh-HK': 'HumanEval', en: 'HumanEval' },
      },
      series: {},
    },
    figures: [
      { key: 'hai-gap-mmlu', category: 'mmlu' },
      { key: 'hai-gap-mmmu', category: 'mmmu' },
      { key: 'hai-gap-math', category: 'math' },
      { key: 'hai-gap-humaneval', category: 'humaneval' },
    ],
  },
];
