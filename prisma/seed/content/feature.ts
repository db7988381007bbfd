// Seed feature "全球AI競賽:中國「成本革命」挑戰美國主導地位" (zh-HK original) with its English translation.
import type { SeedBlock, SeedPiece } from './types';

const paragraph = (zh: string, en: string): SeedBlock => ({
  type: 'paragraph',
  text: { 'zh-HK': zh, en },
});
const heading = (level: 2 | 3, zh: string, en: string): SeedBlock => ({
  type: 'heading',
  level,
  text: { 'zh-HK': zh, en },
});
const quote = (zh: string, en: string, byZh: string, byEn: string): SeedBlock => ({
  type: 'quote',
  text: { 'zh-HK': zh, en },
  attribution: { 'zh-HK': byZh, en: byEn },
});
const image = (zh: string, en: string): SeedBlock => ({
  type: 'image',
  caption: { 'zh-HK': zh, en },
});

export const feature: SeedPiece = {
  slug: 'china-cost-revolution',
  kind: 'feature',
  status: 'published',
  publishedAt: '2025-05-12T01:00:00.000Z',
  title: {
    'zh-HK': '全球AI競賽:中國「成本革命」挑戰美國主導地位',
    en: 'The global AI race: China’s ‘cost revolution’ challenges US dominance',
  },
  standfirst: {
    'zh-HK': '中國以國家主導策略結合成本創新,持續挑戰美國在AI領域的主導地位,歐洲則有淪為旁觀者的風險。本文剖析中美歐三條路線,以及芯片、能源、人才和價格等決定勝負的因素。',
    en: 'By combining a state-led strategy with cost innovation, China is mounting a sustained challenge to America’s dominance of AI, while Europe risks becoming a bystander. We examine the three powers’ paths, and the chips, energy, talent and prices that will decide the contest.',
  },
  seoTitle: {
    'zh-HK': '全球AI競賽:中國「成本革命」挑戰美國主導地位',
    en: 'China’s AI ‘cost revolution’ challenges US dominance',
  },
  seoDescription: {
    'zh-HK': '中國以國家主導策略和成本創新挑戰美國AI主導地位,歐洲恐淪旁觀者。芯片、能源、人才和價格,誰能勝出?',
    en: 'China’s state-led strategy and cost innovation challenge America’s dominance of AI, and Europe risks becoming a bystander. Chips, energy, talent, prices: who will win?',
  },
  blocks: [
    paragraph(
      '人工智能革命,遠不止於更聰明的聊天機械人或者炫目的技術展示——這場革命其實是一場地緣政治的棋局,背後涉及數以萬億美元計的利益。雖然矽谷科技巨頭經常佔據頭條,但中國正以國家主導策略結合成本創新,向美國發起持續挑戰。與此同時,歐洲審計院報告指出,歐洲在這場高科技競賽中有淪為旁觀者的風險。為解構這場複雜的AI競賽,本文將探討誰才是真正領先者,各自採取的不同路線,以及未來發展的關鍵因素。',
      'The artificial intelligence revolution is about far more than cleverer chatbots or dazzling technology demonstrations. It is a geopolitical game of chess, with trillions of dollars at stake. Silicon Valley’s tech giants may grab the headlines, but China, pairing a state-led strategy with cost innovation, is mounting a sustained challenge to the United States. Europe, meanwhile, risks becoming a bystander in this high-tech race, a report by the European Court of Auditors warns. To make sense of so complex a contest, this article looks at who is really ahead, the different paths each is taking and the factors that will shape what comes next.',
    ),

    heading(2, 'AI競賽:中國由「山寨」到「挑戰者」', 'From ‘copycat’ to ‘challenger’'),
    paragraph(
      '想像兩個學生考同一份試卷,一個(美國)花多年苦練基本功,另一個(中國)則專注於實踐和解決問題。最新成績顯示,兩者分數相近——但中國的方法更快、更便宜。',
      'Imagine two students sitting the same exam. One (the United States) has spent years drilling the fundamentals; the other (China) has concentrated on practice and problem-solving. The latest results show them scoring about the same — but China’s method is quicker and cheaper.',
    ),
    paragraph(
      '中國的AI模型,例如騰訊的「混元大模型」(Hunyuan-Large),擁有{{hunyuan-large-params}}個參數(類似大腦神經元連接隨學習而加強)。在MMLU這個被譽為「AI智商測試」的基準上,混元取得{{hunyuan-large-mmlu}}準確率,超越Meta的Llama3({{llama3-mmlu}})。阿里巴巴的Qwen 2.5在編碼任務上與OpenAI的GPT-4不分上下,而DeepSeek的R1更以{{deepseek-r1-training-cost-share}}訓練成本媲美美國頂級模型。',
      'Among China’s AI models, Tencent’s Hunyuan-Large has {{hunyuan-large-params}} parameters (akin to the connections between neurons in a brain, which grow stronger with learning). On MMLU, a benchmark billed as an “IQ test for AI”, Hunyuan-Large scored {{hunyuan-large-mmlu}}, ahead of Meta’s Llama 3 ({{llama3-mmlu}}). Alibaba’s Qwen2.5 matches OpenAI’s GPT-4 at coding, while DeepSeek’s R1 rivals the best American models at {{deepseek-r1-training-cost-share}} of the training cost.',
    ),
    paragraph(
      '創新工場董事長、前Google中國區總裁李開復指出:「中國憑藉數據、AI和創業生態,已由模仿者蛻變為真正的創新者。」而中國在AI成本上的優勢,有望將技術普及至數十億人。',
      'Kai-Fu Lee, chairman of Sinovation Ventures and a former president of Google China, says that, on the strength of its data, its AI and its start-up ecosystem, China has gone from imitator to genuine innovator. And China’s cost advantage in AI could put the technology within reach of billions of people.',
    ),
    paragraph(
      '但這裏有個隱憂。2023年,中國AI論文產量({{china-ai-papers-share}})和被引用次數({{china-ai-citations-share}})全球第一,但美國仍擁有{{us-top-ai-researchers-share}}頂尖AI研究員——暫時。',
      'But there is a catch. In 2023 China topped the world for AI papers and citations, producing {{china-ai-papers-share}} of the world’s AI papers and earning {{china-ai-citations-share}} of all citations. Yet the United States is still home to {{us-top-ai-researchers-share}} of top AI researchers — for now.',
    ),
    image('中國的中央集權策略,即使在芯片受限情況下,依然取得成效', 'China’s centralised strategy is still delivering results, despite curbs on its access to chips'),

    heading(2, 'AI競賽雙路線:中央集權vs自由市場混戰', 'Two paths: central control versus a free-market melee'),
    heading(3, '中國模式:國家主導的「國家隊」', 'China’s model: a state-led ‘national team’'),
    paragraph(
      '想像一支足球隊,政府選人、定戰術、資助訓練——這就是中國的AI發展模式。北京將騰訊、阿里巴巴等科技巨頭指定為「國家隊」,並大量供應合成數據(AI生成的訓練材料)。例如混元大模型訓練時使用了{{hunyuan-synthetic-tokens}}個合成內容token,遠超西方同業。',
      'Picture a football team whose players are picked, tactics set and training funded by the government: that is China’s model of AI development. Beijing has named tech giants such as Tencent and Alibaba to its “national team” and supplies them with synthetic data (training material generated by AI) in large quantities. Hunyuan-Large, for example, was trained on {{hunyuan-synthetic-tokens}} tokens of synthetic content, far more than its Western peers.',
    ),
    paragraph(
      '哈佛大學的葛蘭姆·艾利森(Graham Allison)長期研究中美AI競爭,他認為:',
      'Graham Allison of Harvard University, who has long studied the US–China contest in AI, argues:',
    ),
    quote(
      '「中國如今已經在AI商業及國安應用上,成為美國的全面競爭對手。北京不僅要掌握AI,更正在成功實現。」',
      '“China has become a full-spectrum peer competitor of the United States in the commercial and national-security applications of AI. Beijing is not merely trying to master AI; it is succeeding.”',
      '葛蘭姆·艾利森(Graham Allison),哈佛大學',
      'Graham Allison, Harvard University (translated)',
    ),
    paragraph(
      '但這種策略亦有局限。美國出口管制令中國難以獲得NVIDIA A100等先進芯片,被迫依賴華為自研的Ascend 910B,性能約慢{{ascend-910b-speed-gap}}。但中國企業懂得變通,例如DeepSeek的R1利用軟件創新彌補硬件不足。',
      'But the strategy has its limits. US export controls keep advanced chips such as Nvidia’s A100 out of China’s reach, forcing it to rely on Huawei’s home-grown Ascend 910B, which is about {{ascend-910b-speed-gap}} slower. Yet Chinese companies have learnt to improvise: DeepSeek’s R1, for one, uses software innovation to make up for what its hardware lacks.',
    ),

    heading(3, '美國模式:矽谷創業精神', 'America’s model: the Silicon Valley start-up spirit'),
    paragraph(
      '美國依賴私營部門的活力。根據史丹福大學HAI(Human-Centered AI)研究院2025年AI指數報告,2024年美國私人AI投資達{{us-private-ai-investment-2024}}——是中國的{{us-china-ai-investment-ratio}}、英國的{{us-uk-ai-investment-ratio}}。這筆資金促成了如GPT-4o這類「記憶力」驚人的突破。',
      'America relies on the vigour of its private sector. According to the 2025 AI Index Report from Stanford University’s Institute for Human-Centered AI (HAI), private AI investment in the United States reached {{us-private-ai-investment-2024}} in 2024: {{us-china-ai-investment-ratio}} China’s and {{us-uk-ai-investment-ratio}} Britain’s. That money has paid for breakthroughs such as GPT-4o, with its remarkable “memory”.',
    ),
    paragraph(
      '但美國AI生態過於分散,影響協同。新美國安全中心(CNAS)的Martijn Rasser曾多次指出:',
      'But America’s AI ecosystem is too fragmented, and that gets in the way of co-ordination. Martijn Rasser of the Center for a New American Security (CNAS) has made the point more than once:',
    ),
    quote(
      '「美國缺乏統一的國家科技戰略,而中國政府能統籌資源,集中火力攻克國家優先事項,這是美國做不到的。」',
      '“America lacks a unified national technology strategy, whereas the Chinese government can marshal resources and concentrate its firepower on national priorities — something America cannot do.”',
      'Martijn Rasser,新美國安全中心(CNAS)',
      'Martijn Rasser, Center for a New American Security (translated)',
    ),

    heading(3, '歐洲困局:道德規範領先,商業應用落後', 'Europe’s bind: ahead on ethics, behind on commercial use'),
    paragraph(
      '歐洲以AI倫理自豪,但在商業化方面遠遠落後美中,猶如一位廚師苦練菜譜卻沒有合適廚房。歐盟AI法案強調透明度,但歐洲議會研究服務處(EPRS)指出,近五年歐洲每年研發投入比美國少{{eu-us-rd-gap}},嚴重制約創新。意大利國家創新基金的Francesca Bria警告:',
      'Europe prides itself on AI ethics but lags far behind America and China in commercialisation, like a chef who perfects the recipes but has no proper kitchen. The EU’s AI Act emphasises transparency, but the European Parliamentary Research Service (EPRS) notes that for the past five years Europe has invested {{eu-us-rd-gap}} a year less in research and development than the United States, a serious brake on innovation. Francesca Bria of Italy’s National Innovation Fund warns:',
    ),
    quote(
      '「我們必須為初創和成長企業創造合適條件,否則我們最優秀的人才和創意都會流失到矽谷或其他地區。」',
      '“We must create the right conditions for start-ups and scale-ups, or our best talent and ideas will drain away to Silicon Valley or elsewhere.”',
      'Francesca Bria,意大利國家創新基金',
      'Francesca Bria, Italian National Innovation Fund (translated)',
    ),

    heading(2, '基建戰:隱形戰場', 'The infrastructure war: a hidden battlefield'),
    heading(3, '中國電力短缺', 'China’s power shortage'),
    paragraph(
      'AI如同巨獸般消耗能源——2024年中國數據中心用電量達{{china-dc-electricity-2024}}(相當於瑞典全國用電),預計到2035年將增至{{china-dc-electricity-2035-multiple|words}}。大部分設施仍靠鄉郊燃煤電廠供電,與減碳目標背道而馳。芯片短缺問題加劇:美國禁令令字節跳動等企業只能用更慢的華為芯片,訓練成本上升{{chip-ban-training-cost-rise|words}}。',
      'AI devours energy like a beast. China’s data centres used {{china-dc-electricity-2024}} of electricity in 2024 (as much as the whole of Sweden), and their consumption is expected to grow {{china-dc-electricity-2035-multiple|words}} by 2035. Most of these facilities still draw their power from coal-fired plants in the countryside, at odds with China’s goals for cutting carbon emissions. The shortage of chips makes matters worse: US restrictions have left companies such as ByteDance with only slower Huawei chips, pushing up training costs by {{chip-ban-training-cost-rise}}.',
    ),
    paragraph(
      '牛津大學AI大使Ajit Jaokar表示:「硬件受限迫使中國AI實驗室如DeepSeek追求工程創新,但這種效率提升始終難以完全彌補硬件差距。」',
      'Ajit Jaokar, an AI ambassador at the University of Oxford, says that hardware constraints are forcing Chinese AI labs such as DeepSeek to pursue engineering innovation, but that efficiency gains of this kind will always struggle to close the hardware gap completely.',
    ),
    image('騰訊華東最大數據中心', 'Tencent’s largest data centre in East China'),

    heading(3, '美國電網危機', 'America’s grid crisis'),
    paragraph(
      '據《洛杉磯時報》報導,美國數據中心(尤其AI相關)大幅推高用電需求,加州更面臨停電風險。Foundation for Resilient Societies主席Thomas Popik指出:「加州正處於極為危險的境地。」人才短缺也加劇壓力——美國AI從業者有{{us-ai-workers-foreign-share}}來自海外,而中國計算機科學畢業生數量是美國的{{china-us-cs-graduates-ratio|words}}。',
      'According to the Los Angeles Times, data centres in the United States, AI-related ones in particular, are pushing demand for electricity sharply higher; California faces the risk of blackouts. Thomas Popik, chairman of the Foundation for Resilient Societies, warns that California is in an extremely dangerous position. A shortage of talent adds to the strain: {{us-ai-workers-foreign-share}} of AI workers in the United States come from abroad, and China has a {{china-us-cs-graduates-ratio|words}} advantage over America in the number of computer science graduates.',
    ),

    heading(3, '歐洲:連接缺失', 'Europe: the missing links'),
    paragraph(
      '歐洲審計院2024年報告顯示,歐盟數字及AI市場因各國法規分裂,初創難以跨境擴張({{eu-member-states}}國各自為政),猶如建{{eu-member-states}}條小橋而非一條高速公路。更嚴重的是,歐洲AI人才大量流失至美國,部分估算流失率高達{{eu-ai-talent-drain}},歐洲難以追趕甚至保住現有地位。',
      'A 2024 report by the European Court of Auditors shows that national rules have split the EU’s digital and AI markets, so start-ups struggle to expand across borders ({{eu-member-states}} member states each going their own way). It is like building {{eu-member-states}} small bridges instead of one motorway. Worse, Europe is losing AI talent to America in large numbers, at a rate some estimates put as high as {{eu-ai-talent-drain}}. Europe will be hard pressed to catch up, or even to hold its ground.',
    ),

    heading(2, '成本戰:AI普及的關鍵', 'The cost war: the key to AI for all'),
    paragraph(
      'AI模型價格成為新戰場。以DeepSeek R1為例,其API收費每百萬輸入token僅{{deepseek-r1-input-price}},輸出token為{{deepseek-r1-output-price}},是市場上最便宜的高性能模型之一。相比之下,OpenAI的o1模型分別收費{{openai-o1-input-price}}及{{openai-o1-output-price}},GPT-4o最新收費則視應用情境而定,最低{{gpt-4o-input-price}}及{{gpt-4o-output-price}}。',
      'The price of AI models has become a new battleground. DeepSeek R1’s API, for example, charges just {{deepseek-r1-input-price}} per million input tokens and {{deepseek-r1-output-price}} per million output tokens, making it one of the cheapest high-performance models on the market. OpenAI’s o1, by comparison, charges {{openai-o1-input-price}} and {{openai-o1-output-price}} respectively, while GPT-4o’s latest prices depend on the use case, starting at {{gpt-4o-input-price}} and {{gpt-4o-output-price}}.',
    ),
    paragraph(
      '這種價差引發全行業價格戰。百度最近將其文心4.5 Turbo降價{{baidu-ernie-price-cut}},騰訊、科大訊飛等也宣布大幅減價,甚至部分輕量版免費開放,進一步加劇AI民主化競賽。阿里雲2024年收入按年增長{{alibaba-cloud-revenue-growth-2024}},主要得益於AI產品需求激增。訊息很清楚:未來誰能兼顧性能與成本,誰就能在數碼經濟中勝出。',
      'The gap has set off a price war across the industry. Baidu recently cut the price of its Ernie 4.5 Turbo by {{baidu-ernie-price-cut}}, and Tencent, iFlytek and others have announced steep cuts of their own, some even offering lightweight versions free of charge, further intensifying the race to democratise AI. Alibaba Cloud’s revenue grew by {{alibaba-cloud-revenue-growth-2024}} year on year in 2024, driven mainly by surging demand for AI products. The message is clear: whoever can get both performance and cost right will win in the digital economy.',
    ),
    paragraph('前Google CEO施密特早前接受Business Insider訪問時曾說:', 'Eric Schmidt, a former chief executive of Google, said in an earlier interview with Business Insider:'),
    quote(
      '「到2025年,中國將超越我們。到2030年,他們將主導AI產業。相信我。」',
      '“By 2025 China will overtake us. By 2030 they will dominate the AI industry. Trust me.”',
      '施密特(Eric Schmidt),前Google CEO,接受Business Insider訪問',
      'Eric Schmidt, former Google chief executive, in an interview with Business Insider (translated)',
    ),
    paragraph(
      '史丹福HAI的數據亦印證形勢逆轉:「2023年美國模型明顯領先中國同業——但到2024年底,兩者表現差距已大幅收窄至{{hai-gap-mmlu|value}}、{{hai-gap-mmmu|value}}、{{hai-gap-math|value}}和{{hai-gap-humaneval}}。」',
      'Stanford HAI’s data also bear out the reversal. In 2023 American models held a clear lead over their Chinese counterparts, but by the end of 2024 the gaps in performance between them had narrowed sharply, to {{hai-gap-mmlu|value}}, {{hai-gap-mmmu|value}}, {{hai-gap-math|value}} and {{hai-gap-humaneval}}.',
    ),

    heading(2, 'AI競賽:超越技術的較量', 'A contest beyond technology'),
    paragraph(
      'AI競賽不是百米賽跑,而是誰能在無盡障礙賽中少跌倒。中國在成本效益AI上的崛起,猶如其太陽能板領域的全球主導,但硬件和能源瓶頸隨時成為絆腳石。中央集權有利全國協同,卻可能限制某些類型的創新。美國私企活力帶來重大突破,但分散和本地人才短缺正蠶食領先優勢。歐洲則有淪為「規管之都」的危險——道德先行,執行力卻嚴重不足。',
      'The AI race is not a 100-metre sprint but an endless obstacle course, won by whoever falls least often. China’s rise in cost-effective AI echoes its global dominance of solar panels, but bottlenecks in hardware and energy could trip it up at any moment. Centralisation favours co-ordination across the nation but may stifle some kinds of innovation. The vigour of America’s private companies has produced big breakthroughs, but fragmentation and a shortage of home-grown talent are eroding its lead. Europe, for its part, risks becoming “the world’s capital of regulation”: ethics come first, but it falls badly short on execution.',
    ),
    paragraph(
      '最終勝利者不會是擁有最聰明算法的國家,而是能將創新與人性完美結合的國家。想像未來:美國AI加速罕見病藥物研發、中國模型普及偏遠地區教育、歐洲法規防止下一次Siri私隱醜聞。',
      'The eventual winner will not be the country with the cleverest algorithms but the one that best marries innovation with humanity. Imagine a future in which American AI speeds up the development of drugs for rare diseases, Chinese models bring education to remote areas and European rules prevent the next Siri privacy scandal.',
    ),
    paragraph(
      '基建競賽——芯片、能源、人才——或許比任何單一算法突破更具決定性。AI先驅李飛飛在巴黎AI行動峰會開幕致辭時說:「我們需要更健康、更有活力的AI生態……開源社群和公營部門都應與大企業並肩推動技術進步。如果AI要改變世界,每個人都應有份參與塑造。」',
      'The infrastructure race — chips, energy, talent — may prove more decisive than any single breakthrough in algorithms. Opening the AI Action Summit in Paris, Fei-Fei Li, a pioneer of AI, said: “We need to invest in far healthier and more vibrant AI ecosystems … Open-source communities and the public sector can all participate and play their critical role alongside big companies in driving this technology forward. If AI is going to change the world, we need everyone from all walks of life to have a role in shaping this change.”',
    ),
    // The closing teaser links to the follow-up once it is published.
    {
      ...paragraph(
        '也許最關鍵的問題不是今天誰領先,而是誰在為明日AI世界打基礎——無論是創意產業還是傳統AI應用領域。這場競賽沒有終點,只有不斷適應和前行。請留意下一篇專文,將會深入分析AI人才流動如何影響格局。',
        'Perhaps the most important question is not who leads today but who is laying the foundations of tomorrow’s AI world, whether in the creative industries or in more traditional uses of AI. This race has no finishing line; the only way is to keep adapting and keep moving. Look out for our next feature, an in-depth look at how the movement of AI talent is reshaping the contest.',
      ),
      teaser: 'ai-talent-flows',
    } as SeedBlock,
  ],
};
