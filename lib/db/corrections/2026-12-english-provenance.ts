// Generated once from the seed content before and after the English edition and figure
// provenance were corrected (December 2026): each value the seed used to write, and what it now
// writes. The data migration applies a pair only where a database still holds the old value,
// so nothing an editor changed is touched. Frozen: later seed edits need a migration of their own.
import type { SeedCorrections } from './types';

export const CORRECTIONS_2026_12: SeedCorrections = {
  series: 'global-ai-race',
  pieces: {
    'china-cost-revolution': {
      texts: [
        {
          field: 'title',
          locale: 'en',
          from: 'The Global AI Race: China’s ‘Cost Revolution’ Challenges US Dominance',
          to: 'The global AI race: China’s ‘cost revolution’ challenges US dominance',
        },
        {
          field: 'standfirst',
          locale: 'en',
          from: 'With a state-led strategy and cost innovation, China is mounting a sustained challenge to America’s dominance in AI, while Europe risks becoming a bystander. We examine the three powers’ paths and the chips, energy, talent and pricing that may decide the race.',
          to: 'By combining a state-led strategy with cost innovation, China is mounting a sustained challenge to America’s dominance of AI, while Europe risks becoming a bystander. We examine the three powers’ paths, and the chips, energy, talent and prices that will decide the contest.',
        },
        {
          field: 'seoTitle',
          locale: 'en',
          from: 'China’s AI ‘Cost Revolution’ Challenges US Dominance',
          to: 'China’s AI ‘cost revolution’ challenges US dominance',
        },
        {
          field: 'seoDescription',
          locale: 'en',
          from: 'How China’s state-led, low-cost AI strategy challenges US dominance, why Europe risks lagging, and how chips, energy and talent could decide the race.',
          to: 'China’s state-led strategy and cost innovation challenge America’s dominance of AI, and Europe risks becoming a bystander. Chips, energy, talent, prices: who will win?',
        },
      ],
      blocks: [
        {
          locale: 'en',
          field: 'text',
          from: 'The artificial intelligence revolution is about far more than smarter chatbots or dazzling tech demos — it is a geopolitical chess game with trillions of dollars at stake. Silicon Valley’s tech giants may dominate the headlines, but China is mounting a sustained challenge to the United States by combining a state-led strategy with cost innovation. Meanwhile, a report by the European Court of Auditors warns that Europe risks becoming a bystander in this high-tech race. To unpack this complex contest, this article looks at who is really in the lead, the different paths each side is taking and the factors that will decide what comes next.',
          to: 'The artificial intelligence revolution is about far more than cleverer chatbots or dazzling technology demonstrations. It is a geopolitical game of chess, with trillions of dollars at stake. Silicon Valley’s tech giants may grab the headlines, but China, pairing a state-led strategy with cost innovation, is mounting a sustained challenge to the United States. Europe, meanwhile, risks becoming a bystander in this high-tech race, a report by the European Court of Auditors warns. To make sense of so complex a contest, this article looks at who is really ahead, the different paths each is taking and the factors that will shape what comes next.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The AI Race: China Goes From ‘Copycat’ to ‘Challenger’',
          to: 'From ‘copycat’ to ‘challenger’',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Imagine two students taking the same exam. One (the United States) has spent years drilling the fundamentals; the other (China) has focused on practice and problem-solving. The latest results show them scoring about the same — but China’s approach is faster and cheaper.',
          to: 'Imagine two students sitting the same exam. One (the United States) has spent years drilling the fundamentals; the other (China) has concentrated on practice and problem-solving. The latest results show them scoring about the same — but China’s method is quicker and cheaper.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Chinese AI models such as Tencent’s Hunyuan-Large have {{hunyuan-large-params}} parameters (loosely comparable to the connections between neurons in the brain, which strengthen as it learns). On MMLU, a benchmark billed as an “IQ test for AI,” Hunyuan achieved an accuracy of {{hunyuan-large-mmlu}}, ahead of Meta’s Llama3 ({{llama3-mmlu}}). Alibaba’s Qwen 2.5 is on a par with OpenAI’s GPT-4 on coding tasks, while DeepSeek’s R1 rivals top American models at {{deepseek-r1-training-cost-share}} of the training cost.',
          to: 'Among China’s AI models, Tencent’s Hunyuan-Large has {{hunyuan-large-params}} parameters (akin to the connections between neurons in a brain, which grow stronger with learning). On MMLU, a benchmark billed as an “IQ test for AI”, Hunyuan-Large scored {{hunyuan-large-mmlu}}, ahead of Meta’s Llama 3 ({{llama3-mmlu}}). Alibaba’s Qwen2.5 matches OpenAI’s GPT-4 at coding, while DeepSeek’s R1 rivals the best American models at {{deepseek-r1-training-cost-share}} of the training cost.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Kai-Fu Lee, chairman of Sinovation Ventures and former president of Google China, says: “On the strength of its data, AI and startup ecosystem, China has transformed itself from an imitator into a genuine innovator.” And China’s cost advantage in AI could bring the technology within reach of billions of people.',
          to: 'Kai-Fu Lee, chairman of Sinovation Ventures and a former president of Google China, says that, on the strength of its data, its AI and its start-up ecosystem, China has gone from imitator to genuine innovator. And China’s cost advantage in AI could put the technology within reach of billions of people.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'But there is a catch. In 2023, China led the world in both the number of AI papers ({{china-ai-papers-share}}) and citations ({{china-ai-citations-share}}), yet the United States is still home to {{us-top-ai-researchers-share}} of top AI researchers — for now.',
          to: 'But there is a catch. In 2023 China topped the world for AI papers and citations, producing {{china-ai-papers-share}} of the world’s AI papers and earning {{china-ai-citations-share}} of all citations. Yet the United States is still home to {{us-top-ai-researchers-share}} of top AI researchers — for now.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'China’s centralized strategy has delivered results, even with its access to chips restricted',
          to: 'China’s centralised strategy is still delivering results, despite curbs on its access to chips',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Two Paths in the AI Race: Central Control vs. a Free-Market Free-for-All',
          to: 'Two paths: central control versus a free-market melee',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The China Model: A State-Led ‘National Team’',
          to: 'China’s model: a state-led ‘national team’',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Picture a soccer team whose players, tactics and training are all chosen and paid for by the government — that is China’s model of AI development. Beijing has designated tech giants such as Tencent and Alibaba as its “national team” and supplies them with large quantities of synthetic data (training material generated by AI). Hunyuan-Large, for example, was trained on {{hunyuan-synthetic-tokens}} tokens of synthetic content, far more than its Western peers.',
          to: 'Picture a football team whose players are picked, tactics set and training funded by the government: that is China’s model of AI development. Beijing has named tech giants such as Tencent and Alibaba to its “national team” and supplies them with synthetic data (training material generated by AI) in large quantities. Hunyuan-Large, for example, was trained on {{hunyuan-synthetic-tokens}} tokens of synthetic content, far more than its Western peers.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Harvard University’s Graham Allison, who has long studied US–China competition in AI, argues:',
          to: 'Graham Allison of Harvard University, who has long studied the US–China contest in AI, argues:',
        },
        {
          locale: 'en',
          field: 'text',
          from: '“China has now become a full-spectrum competitor to the United States in commercial and national security applications of AI. Beijing is not just trying to master AI — it is succeeding.”',
          to: '“China has become a full-spectrum peer competitor of the United States in the commercial and national-security applications of AI. Beijing is not merely trying to master AI; it is succeeding.”',
        },
        {
          locale: 'en',
          field: 'attribution',
          from: 'Graham Allison, Harvard University',
          to: 'Graham Allison, Harvard University (translated)',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'But the strategy has its limits. US export controls have made it hard for China to obtain advanced chips such as NVIDIA’s A100, forcing it to rely on Huawei’s in-house Ascend 910B, which is about {{ascend-910b-speed-gap}} slower. Yet Chinese companies know how to adapt: DeepSeek’s R1, for instance, uses software innovation to make up for shortfalls in hardware.',
          to: 'But the strategy has its limits. US export controls keep advanced chips such as Nvidia’s A100 out of China’s reach, forcing it to rely on Huawei’s home-grown Ascend 910B, which is about {{ascend-910b-speed-gap}} slower. Yet Chinese companies have learnt to improvise: DeepSeek’s R1, for one, uses software innovation to make up for what its hardware lacks.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The US Model: Silicon Valley’s Entrepreneurial Spirit',
          to: 'America’s model: the Silicon Valley start-up spirit',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The United States relies on the dynamism of its private sector. According to the 2025 AI Index Report from Stanford University’s Institute for Human-Centered AI (HAI), private AI investment in the US reached {{us-private-ai-investment-2024}} in 2024 — {{us-china-ai-investment-ratio}} that of China and {{us-uk-ai-investment-ratio}} that of Britain. That money has fueled breakthroughs such as GPT-4o, with its remarkable “memory.”',
          to: 'America relies on the vigour of its private sector. According to the 2025 AI Index Report from Stanford University’s Institute for Human-Centered AI (HAI), private AI investment in the United States reached {{us-private-ai-investment-2024}} in 2024: {{us-china-ai-investment-ratio}} China’s and {{us-uk-ai-investment-ratio}} Britain’s. That money has paid for breakthroughs such as GPT-4o, with its remarkable “memory”.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'But America’s AI ecosystem is too fragmented, which hampers coordination. As Martijn Rasser of the Center for a New American Security (CNAS) has pointed out on several occasions:',
          to: 'But America’s AI ecosystem is too fragmented, and that gets in the way of co-ordination. Martijn Rasser of the Center for a New American Security (CNAS) has made the point more than once:',
        },
        {
          locale: 'en',
          field: 'text',
          from: '“The United States lacks a unified national technology strategy, whereas the Chinese government can marshal resources and concentrate its firepower on national priorities — something the United States cannot do.”',
          to: '“America lacks a unified national technology strategy, whereas the Chinese government can marshal resources and concentrate its firepower on national priorities — something America cannot do.”',
        },
        {
          locale: 'en',
          field: 'attribution',
          from: 'Martijn Rasser, Center for a New American Security (CNAS)',
          to: 'Martijn Rasser, Center for a New American Security (translated)',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Europe’s Predicament: Ahead on Ethics, Behind on Commercialization',
          to: 'Europe’s bind: ahead on ethics, behind on commercial use',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Europe prides itself on AI ethics but lags far behind the United States and China in commercialization — like a chef who perfects the recipes but has no proper kitchen to cook in. The EU AI Act puts the emphasis on transparency, but the European Parliamentary Research Service (EPRS) notes that over the past five years Europe has invested {{eu-us-rd-gap}} a year less in research and development than the United States, a serious brake on innovation. Francesca Bria of Italy’s National Innovation Fund warns:',
          to: 'Europe prides itself on AI ethics but lags far behind America and China in commercialisation, like a chef who perfects the recipes but has no proper kitchen. The EU’s AI Act emphasises transparency, but the European Parliamentary Research Service (EPRS) notes that for the past five years Europe has invested {{eu-us-rd-gap}} a year less in research and development than the United States, a serious brake on innovation. Francesca Bria of Italy’s National Innovation Fund warns:',
        },
        {
          locale: 'en',
          field: 'text',
          from: '“We must create the right conditions for startups and scale-ups, or our best talent and ideas will drain away to Silicon Valley or elsewhere.”',
          to: '“We must create the right conditions for start-ups and scale-ups, or our best talent and ideas will drain away to Silicon Valley or elsewhere.”',
        },
        {
          locale: 'en',
          field: 'attribution',
          from: 'Francesca Bria, Italian National Innovation Fund',
          to: 'Francesca Bria, Italian National Innovation Fund (translated)',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The Infrastructure War: An Invisible Battlefield',
          to: 'The infrastructure war: a hidden battlefield',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'China’s Power Shortage',
          to: 'China’s power shortage',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'AI devours energy like a behemoth — China’s data centers used {{china-dc-electricity-2024}} of electricity in 2024 (as much as the whole of Sweden consumes), and that figure is expected to grow {{china-dc-electricity-2035-multiple|words}} by 2035. Most of these facilities still run on power from coal-fired plants in rural areas, at odds with the country’s decarbonization goals. Chip shortages make matters worse: US restrictions have left companies such as ByteDance with only slower Huawei chips, raising training costs by {{chip-ban-training-cost-rise}}.',
          to: 'AI devours energy like a beast. China’s data centres used {{china-dc-electricity-2024}} of electricity in 2024 (as much as the whole of Sweden), and their consumption is expected to grow {{china-dc-electricity-2035-multiple|words}} by 2035. Most of these facilities still draw their power from coal-fired plants in the countryside, at odds with China’s goals for cutting carbon emissions. The shortage of chips makes matters worse: US restrictions have left companies such as ByteDance with only slower Huawei chips, pushing up training costs by {{chip-ban-training-cost-rise}}.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Ajit Jaokar, an AI ambassador at the University of Oxford, says: “Hardware constraints are forcing Chinese AI labs such as DeepSeek to pursue engineering innovation, but efficiency gains of this kind can never fully make up for the hardware gap.”',
          to: 'Ajit Jaokar, an AI ambassador at the University of Oxford, says that hardware constraints are forcing Chinese AI labs such as DeepSeek to pursue engineering innovation, but that efficiency gains of this kind will always struggle to close the hardware gap completely.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Tencent’s largest data center in East China',
          to: 'Tencent’s largest data centre in East China',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'America’s Power Grid Crisis',
          to: 'America’s grid crisis',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'According to the Los Angeles Times, data centers in the United States — AI-related ones in particular — are driving up electricity demand sharply, and California even faces the risk of blackouts. Thomas Popik, chairman of the Foundation for Resilient Societies, warns: “California is in an extremely dangerous position.” A talent shortage adds to the strain: {{us-ai-workers-foreign-share}} of AI workers in the United States come from overseas, while China’s computer science graduates outnumber America’s {{china-us-cs-graduates-ratio|words}}.',
          to: 'According to the Los Angeles Times, data centres in the United States, AI-related ones in particular, are pushing demand for electricity sharply higher; California faces the risk of blackouts. Thomas Popik, chairman of the Foundation for Resilient Societies, warns that California is in an extremely dangerous position. A shortage of talent adds to the strain: {{us-ai-workers-foreign-share}} of AI workers in the United States come from abroad, and China has a {{china-us-cs-graduates-ratio|words}} advantage over America in the number of computer science graduates.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Europe: Missing Links',
          to: 'Europe: the missing links',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'A 2024 report by the European Court of Auditors shows that the EU’s digital and AI markets are fragmented by national regulations, making it hard for startups to expand across borders ({{eu-member-states}} member states each going their own way) — like building {{eu-member-states}} small bridges instead of a single highway. Worse still, Europe is losing AI talent to the United States in large numbers, with some estimates putting the rate of loss as high as {{eu-ai-talent-drain}}, making it hard for Europe to catch up or even to hold on to its current position.',
          to: 'A 2024 report by the European Court of Auditors shows that national rules have split the EU’s digital and AI markets, so start-ups struggle to expand across borders ({{eu-member-states}} member states each going their own way). It is like building {{eu-member-states}} small bridges instead of one motorway. Worse, Europe is losing AI talent to America in large numbers, at a rate some estimates put as high as {{eu-ai-talent-drain}}. Europe will be hard pressed to catch up, or even to hold its ground.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The Cost War: The Key to Bringing AI to Everyone',
          to: 'The cost war: the key to AI for all',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The price of AI models has become a new battleground. DeepSeek R1’s API, for example, charges just {{deepseek-r1-input-price}} per million input tokens and {{deepseek-r1-output-price}} per million output tokens, making it one of the cheapest high-performance models on the market. By comparison, OpenAI’s o1 model charges {{openai-o1-input-price}} and {{openai-o1-output-price}} respectively, while GPT-4o’s latest pricing depends on the use case, starting at {{gpt-4o-input-price}} and {{gpt-4o-output-price}}.',
          to: 'The price of AI models has become a new battleground. DeepSeek R1’s API, for example, charges just {{deepseek-r1-input-price}} per million input tokens and {{deepseek-r1-output-price}} per million output tokens, making it one of the cheapest high-performance models on the market. OpenAI’s o1, by comparison, charges {{openai-o1-input-price}} and {{openai-o1-output-price}} respectively, while GPT-4o’s latest prices depend on the use case, starting at {{gpt-4o-input-price}} and {{gpt-4o-output-price}}.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The price gap has set off an industry-wide price war. Baidu recently cut the price of its ERNIE 4.5 Turbo by {{baidu-ernie-price-cut}}, and Tencent, iFlytek and others have also announced steep price cuts, some even making lightweight versions available free of charge — further intensifying the race to democratize AI. Alibaba Cloud’s revenue grew {{alibaba-cloud-revenue-growth-2024}} year over year in 2024, driven mainly by surging demand for AI products. The message is clear: whoever can balance performance and cost will win in the digital economy.',
          to: 'The gap has set off a price war across the industry. Baidu recently cut the price of its Ernie 4.5 Turbo by {{baidu-ernie-price-cut}}, and Tencent, iFlytek and others have announced steep cuts of their own, some even offering lightweight versions free of charge, further intensifying the race to democratise AI. Alibaba Cloud’s revenue grew by {{alibaba-cloud-revenue-growth-2024}} year on year in 2024, driven mainly by surging demand for AI products. The message is clear: whoever can get both performance and cost right will win in the digital economy.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Former Google CEO Eric Schmidt said in an earlier interview with Business Insider:',
          to: 'Eric Schmidt, a former chief executive of Google, said in an earlier interview with Business Insider:',
        },
        {
          locale: 'en',
          field: 'text',
          from: '“By 2025, China will overtake us. By 2030, they will dominate the AI industry. Trust me.”',
          to: '“By 2025 China will overtake us. By 2030 they will dominate the AI industry. Trust me.”',
        },
        {
          locale: 'en',
          field: 'attribution',
          from: 'Eric Schmidt, former Google CEO, in an interview with Business Insider',
          to: 'Eric Schmidt, former Google chief executive, in an interview with Business Insider (translated)',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Stanford HAI’s data also bear out the reversal: “In 2023, American models held a clear lead over their Chinese counterparts — but by the end of 2024, the performance gaps between them had narrowed sharply to {{hai-gap-mmlu|value}}, {{hai-gap-mmmu|value}}, {{hai-gap-math|value}} and {{hai-gap-humaneval}}.”',
          to: 'Stanford HAI’s data also bear out the reversal. In 2023 American models held a clear lead over their Chinese counterparts, but by the end of 2024 the gaps in performance between them had narrowed sharply, to {{hai-gap-mmlu|value}}, {{hai-gap-mmmu|value}}, {{hai-gap-math|value}} and {{hai-gap-humaneval}}.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The AI Race: A Contest That Goes Beyond Technology',
          to: 'A contest beyond technology',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The AI race is not a 100-meter dash but an endless obstacle course, and the winner will be whoever stumbles least. China’s rise in cost-effective AI mirrors its global dominance in solar panels, but bottlenecks in hardware and energy could trip it up at any moment. Centralization favors nationwide coordination but may stifle certain kinds of innovation. The dynamism of America’s private companies has produced major breakthroughs, but fragmentation and a shortage of home-grown talent are eating away at its lead. Europe, for its part, is in danger of becoming a “regulatory capital” — putting ethics first while falling badly short on execution.',
          to: 'The AI race is not a 100-metre sprint but an endless obstacle course, won by whoever falls least often. China’s rise in cost-effective AI echoes its global dominance of solar panels, but bottlenecks in hardware and energy could trip it up at any moment. Centralisation favours co-ordination across the nation but may stifle some kinds of innovation. The vigour of America’s private companies has produced big breakthroughs, but fragmentation and a shortage of home-grown talent are eroding its lead. Europe, for its part, risks becoming “the world’s capital of regulation”: ethics come first, but it falls badly short on execution.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The ultimate winner will not be the country with the smartest algorithms, but the one that best marries innovation with humanity. Imagine the future: American AI speeding up the development of drugs for rare diseases, Chinese models bringing education to remote regions, and European rules preventing the next Siri privacy scandal.',
          to: 'The eventual winner will not be the country with the cleverest algorithms but the one that best marries innovation with humanity. Imagine a future in which American AI speeds up the development of drugs for rare diseases, Chinese models bring education to remote areas and European rules prevent the next Siri privacy scandal.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'The infrastructure race — chips, energy, talent — may prove more decisive than any single algorithmic breakthrough. As the AI pioneer Fei-Fei Li said in her opening address at the AI Action Summit in Paris: “We need a healthier, more vibrant AI ecosystem … Open-source communities and the public sector should work side by side with big companies to drive technological progress. If AI is to change the world, everyone should have a part in shaping it.”',
          to: 'The infrastructure race — chips, energy, talent — may prove more decisive than any single breakthrough in algorithms. Opening the AI Action Summit in Paris, Fei-Fei Li, a pioneer of AI, said: “We need to invest in far healthier and more vibrant AI ecosystems … Open-source communities and the public sector can all participate and play their critical role alongside big companies in driving this technology forward. If AI is going to change the world, we need everyone from all walks of life to have a role in shaping this change.”',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Perhaps the most important question is not who is ahead today, but who is laying the foundations for tomorrow’s AI world — whether in the creative industries or in more traditional fields of AI application. This race has no finish line; there is only constant adaptation and moving forward. Look out for our next feature, which will take an in-depth look at how the movement of AI talent is shaping the contest.',
          to: 'Perhaps the most important question is not who leads today but who is laying the foundations of tomorrow’s AI world, whether in the creative industries or in more traditional uses of AI. This race has no finishing line; the only way is to keep adapting and keep moving. Look out for our next feature, an in-depth look at how the movement of AI talent is reshaping the contest.',
        },
      ],
    },
    'who-defines-ai-future': {
      texts: [
        {
          field: 'title',
          locale: 'en',
          from: 'Editorial: Who Will Define the Future of AI?',
          to: 'Who will define the future of AI?',
        },
        {
          field: 'standfirst',
          locale: 'en',
          from: 'What China’s “cost revolution” means for Hong Kong — and why the AI contest of the future may be fought between ecosystems rather than nations.',
          to: 'What does China’s “cost revolution” mean for Hong Kong? The AI contest of the future may no longer pit nation against nation, but ecosystem against ecosystem.',
        },
        {
          field: 'seoTitle',
          locale: 'en',
          from: 'Editorial: Who Will Define the Future of AI?',
          to: 'Editorial: who will define the future of AI?',
        },
        {
          field: 'seoDescription',
          locale: 'en',
          from: 'China’s cost revolution, American innovation, European regulation: where Hong Kong can find its place in the AI race, and why ecosystems will decide it.',
          to: 'China’s “cost revolution”, American innovation, European regulation: how can Hong Kong, where East meets West, find its own place in the AI race?',
        },
      ],
      blocks: [
        {
          locale: 'en',
          field: 'text',
          from: 'This AI race holds important lessons for Hong Kong, and indeed for the entire Chinese-speaking world. China’s “cost revolution” is not merely a price war but a disruption of the entire industrial chain — from amassing data and putting synthetic data to work to the arduous transition toward self-sufficiency in chips. This strategy of “winning through volume” calls to mind China’s rise as the “world’s factory.” But AI is not simply manufacturing: innovation, ethics, talent and infrastructure are all indispensable.',
          to: 'This AI race holds important lessons for Hong Kong, and indeed for the whole Chinese-speaking world. China’s “cost revolution” is more than a price war: it is upending the entire supply chain, from the amassing of data and the use of synthetic data to the arduous shift towards self-sufficiency in chips. This strategy of “winning through volume” recalls China’s rise as the “world’s factory”. But AI is not simply manufacturing: innovation, ethics, talent and infrastructure are all indispensable.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'America’s advantages lie in innovation and capital, but fragmentation and an outflow of talent are beginning to wear them down. Europe, meanwhile, is bogged down in a “regulation first” approach — its ideals are lofty, but reality is unforgiving. As a city where East meets West, Hong Kong may be well placed to find its own niche between AI ethics, technological application and commercial innovation — learning from China’s ability to scale, absorbing America’s spirit of innovation and drawing on Europe’s regulatory experience to develop AI applications of its own.',
          to: 'America’s strengths lie in innovation and capital, but fragmentation and an outflow of talent are starting to erode them. Europe, meanwhile, is stuck in the mire of “regulation first”: its ideals are lofty, its reality harsh. As a city where East meets West, Hong Kong may be well placed to carve out its own role where AI ethics, technological application and commercial innovation meet. It should learn from China’s ability to scale, absorb America’s spirit of innovation and draw on Europe’s experience of regulation, so as to develop uses of AI that are its own.',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'More thought-provoking still: as AI becomes ever more widespread, the competition of the future may no longer pit nation against nation but ecosystem against ecosystem. Whoever can bring talent, data, hardware, software, ethics and regulation together into a single living whole will define the future of AI. This race has only just begun.',
          to: 'More thought-provoking still, as AI spreads, the competition of the future may no longer pit nation against nation but ecosystem against ecosystem: whoever can weave talent, data, hardware, software, ethics and regulation into a single living whole will define the future of AI. This race has only just begun.',
        },
      ],
    },
    'ai-talent-flows': {
      texts: [
        {
          field: 'title',
          locale: 'en',
          from: 'Draft: How AI Talent Flows Are Reshaping the Global Race',
          to: 'Draft: how AI talent flows are reshaping the global race',
        },
        {
          field: 'seoTitle',
          locale: 'en',
          from: 'Draft: How AI Talent Flows Are Reshaping the Global Race',
          to: 'Draft: how AI talent flows are reshaping the global race',
        },
        {
          field: 'seoDescription',
          locale: 'zh-HK',
          from: '草稿,未發布:AI人才流動如何影響全球AI競賽格局。',
          to: '草稿,未發表:AI人才流動如何影響全球AI競賽格局。',
        },
      ],
      blocks: [
        {
          locale: 'zh-HK',
          field: 'text',
          from: '本篇為《全球AI競賽》系列的跟進專文,承接首篇專題結尾的預告,現仍在撰寫中。以下只是編輯的規劃筆記,並非報道內容,未經核實,不得發布。',
          to: '本篇為《全球AI競賽》系列的跟進專文,承接首篇專題結尾的預告,現仍在撰寫中。以下只是編輯的規劃筆記,並非報道內容,未經核實,不得發表。',
        },
        {
          locale: 'zh-HK',
          field: 'text',
          from: '頂尖研究員:專題引述MacroPolo全球AI人才追蹤,指美國仍擁有{{us-top-ai-researchers-share}}頂尖AI研究員。',
          to: '頂尖研究員:專題報道,美國仍擁有{{us-top-ai-researchers-share}}頂尖AI研究員(專題未註明出處;數據紀錄以MacroPolo全球AI人才追蹤為來源,須核實)。',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Top researchers: the feature reported, citing MacroPolo’s Global AI Talent Tracker, that the United States is still home to {{us-top-ai-researchers-share}} of top AI researchers.',
          to: 'Top researchers: the feature reported that the United States is still home to {{us-top-ai-researchers-share}} of top AI researchers (the feature names no source; the figure’s record gives MacroPolo’s Global AI Talent Tracker, still to be checked).',
        },
        {
          locale: 'en',
          field: 'text',
          from: 'Graduates: the feature reported that China’s computer science graduates outnumber America’s {{china-us-cs-graduates-ratio|words}} (the original source likewise still has to be traced).',
          to: 'Graduates: the feature reported that China has a {{china-us-cs-graduates-ratio|words}} advantage over America in the number of computer science graduates (the original source likewise still has to be traced).',
        },
        {
          locale: 'zh-HK',
          field: 'text',
          from: '逐一核實以上數據的原始出處,並查看有否更新數字;釐清「頂尖研究員」、「AI從業者」等定義;決定採訪對象及切入角度(例如研究員在哪裏受訓、在哪裏工作,以及簽證和移民政策的影響)。發布前須經編輯審批。',
          to: '逐一核實以上數據的原始出處,並查看有否更新數字;釐清「頂尖研究員」、「AI從業者」等定義;決定採訪對象及切入角度(例如研究員在哪裏受訓、在哪裏工作,以及簽證和移民政策的影響)。發表前須經編輯審批。',
        },
      ],
    },
  },
  figures: {
    'hunyuan-large-mmlu': {
      asOf: {
        from: '2024-11-05',
        to: '2025-05-12',
      },
      sourceUrl: {
        from: 'https://arxiv.org/abs/2411.02265',
        to: null,
      },
      label: {
        'zh-HK': {
          from: '混元大模型MMLU準確率',
          to: '混元大模型MMLU準確率(專題所引)',
        },
        en: {
          from: 'Hunyuan-Large accuracy on MMLU',
          to: 'Hunyuan-Large accuracy on MMLU, as given in the feature',
        },
      },
      sourceName: {
        'zh-HK': {
          from: '騰訊《Hunyuan-Large》技術報告',
          to: '專題引述數據,未註明原始出處',
        },
        en: {
          from: 'Tencent, Hunyuan-Large technical report',
          to: 'Cited in the feature; original source not named',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: '專題未註明此分數出處,日期為專題發表日。騰訊《Hunyuan-Large》技術報告並無90.8這個數字:報告列出基礎模型的MMLU分數為88.4,Llama 3.1 405B為85.2。',
        },
        en: {
          from: '',
          to: 'The feature names no source for this score; dated to its publication. Tencent’s Hunyuan-Large report does not contain 90.8: it gives 88.4 on MMLU for the base model, against 85.2 for Llama 3.1 405B.',
        },
      },
    },
    'llama3-mmlu': {
      asOf: {
        from: '2024-11-05',
        to: '2025-05-12',
      },
      sourceUrl: {
        from: 'https://arxiv.org/abs/2411.02265',
        to: null,
      },
      label: {
        'zh-HK': {
          from: 'Meta Llama3 MMLU準確率(與混元比較)',
          to: 'Meta Llama 3 MMLU準確率(專題所引,與混元比較)',
        },
        en: {
          from: 'Meta Llama3 accuracy on MMLU (compared with Hunyuan-Large)',
          to: 'Meta Llama 3 accuracy on MMLU, as given in the feature (compared with Hunyuan-Large)',
        },
      },
      sourceName: {
        'zh-HK': {
          from: '騰訊《Hunyuan-Large》技術報告',
          to: '專題引述數據,未註明原始出處',
        },
        en: {
          from: 'Tencent, Hunyuan-Large technical report',
          to: 'Cited in the feature; original source not named',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: '專題未註明此分數出處,亦未說明是哪個Llama 3模型,日期為專題發表日。騰訊《Hunyuan-Large》技術報告並無88.5這個數字:報告列出Llama 3.1 405B的MMLU分數為85.2,混元基礎模型為88.4。',
        },
        en: {
          from: '',
          to: 'The feature names no source for this score, nor which Llama 3 model; dated to its publication. Tencent’s Hunyuan-Large report does not contain 88.5: it gives 85.2 on MMLU for Llama 3.1 405B, against 88.4 for Hunyuan-Large’s base model.',
        },
      },
    },
    'deepseek-r1-training-cost-share': {
      note: {
        'zh-HK': {
          from: '',
          to: '專題未註明出處;日期為DeepSeek R1發布日(2025年1月20日)。',
        },
        en: {
          from: '',
          to: 'The feature names no source; dated to DeepSeek R1’s release, 20 January 2025.',
        },
      },
    },
    'us-top-ai-researchers-share': {
      note: {
        'zh-HK': {
          from: '',
          to: '專題未註明出處;本紀錄以MacroPolo全球AI人才追蹤為來源,尚未與該數據逐一核對。',
        },
        en: {
          from: '',
          to: 'The feature names no source; this record attributes the figure to MacroPolo’s Global AI Talent Tracker, not yet checked against it.',
        },
      },
    },
    'ascend-910b-speed-gap': {
      label: {
        en: {
          from: 'Approximate performance gap of Huawei’s Ascend 910B vs advanced chips such as NVIDIA’s A100',
          to: 'Approximate performance gap of Huawei’s Ascend 910B vs advanced chips such as Nvidia’s A100',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: '專題未註明出處及日期;日期為專題發表日(2025年5月12日)。',
        },
        en: {
          from: '',
          to: 'The feature names no source or date; dated to its publication, 12 May 2025.',
        },
      },
    },
    'us-china-ai-investment-ratio': {
      note: {
        'zh-HK': {
          from: '',
          to: 'HAI報告:美國投資額「接近」中國93億美元的12倍。',
        },
        en: {
          from: '',
          to: 'HAI gives “nearly 12 times” China’s $9.3 billion.',
        },
      },
    },
    'eu-us-rd-gap': {
      sourceUrl: {
        from: 'https://www.europarl.europa.eu/thinktank/',
        to: null,
      },
      note: {
        'zh-HK': {
          from: '',
          to: '專題只註明EPRS,未註明哪一份文件;原始文件尚未找到,日期為約數。',
        },
        en: {
          from: '',
          to: 'The feature names EPRS but not the document; the publication has not been identified, so the date is approximate.',
        },
      },
    },
    'china-dc-electricity-2024': {
      label: {
        en: {
          from: 'Electricity used by China’s data centers, 2024 (kWh)',
          to: 'Electricity used by China’s data centres, 2024',
        },
      },
    },
    'china-dc-electricity-2035-multiple': {
      label: {
        en: {
          from: 'Projected growth in China’s data-center electricity use by 2035 (multiple of 2024)',
          to: 'Projected growth in China’s data-centre electricity use by 2035 (multiple of 2024)',
        },
      },
    },
    'chip-ban-training-cost-rise': {
      note: {
        'zh-HK': {
          from: '',
          to: '專題未註明出處及日期;日期為專題發表日(2025年5月12日)。',
        },
        en: {
          from: '',
          to: 'The feature names no source or date; dated to its publication, 12 May 2025.',
        },
      },
    },
    'us-ai-workers-foreign-share': {
      label: {
        en: {
          from: 'Share of US AI workers who come from overseas',
          to: 'Share of US AI workers who come from abroad',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: '專題未註明出處及日期;日期為專題發表日(2025年5月12日)。',
        },
        en: {
          from: '',
          to: 'The feature names no source or date; dated to its publication, 12 May 2025.',
        },
      },
    },
    'china-us-cs-graduates-ratio': {
      note: {
        'zh-HK': {
          from: '',
          to: '專題未註明出處及日期;日期為專題發表日(2025年5月12日)。',
        },
        en: {
          from: '',
          to: 'The feature names no source or date; dated to its publication, 12 May 2025.',
        },
      },
    },
    'eu-member-states': {
      sourceUrl: {
        from: 'https://www.eca.europa.eu/',
        to: 'https://www.eca.europa.eu/en/publications/SR-2024-08',
      },
      sourceName: {
        'zh-HK': {
          from: '歐洲審計院2024年報告',
          to: '歐洲審計院第08/2024號特別報告(歐盟人工智能抱負)',
        },
        en: {
          from: 'European Court of Auditors, 2024 report',
          to: 'European Court of Auditors, special report 08/2024 (EU artificial intelligence ambition)',
        },
      },
    },
    'eu-ai-talent-drain': {
      note: {
        'zh-HK': {
          from: '',
          to: '專題未註明出處及日期;日期為專題發表日(2025年5月12日)。',
        },
        en: {
          from: '',
          to: 'The feature names no source or date; dated to its publication, 12 May 2025.',
        },
      },
    },
    'deepseek-r1-input-price': {
      note: {
        'zh-HK': {
          from: '',
          to: 'DeepSeek R1(deepseek-reasoner)推出時的標準價格(未命中緩存);DeepSeek其後已調整價格。',
        },
        en: {
          from: '',
          to: 'Standard price (cache miss) of DeepSeek R1 (deepseek-reasoner) at its launch; DeepSeek has since changed its prices.',
        },
      },
    },
    'deepseek-r1-output-price': {
      note: {
        'zh-HK': {
          from: '',
          to: 'DeepSeek R1(deepseek-reasoner)推出時的標準價格;DeepSeek其後已調整價格。',
        },
        en: {
          from: '',
          to: 'Standard price of DeepSeek R1 (deepseek-reasoner) at its launch; DeepSeek has since changed its prices.',
        },
      },
    },
    'gpt-4o-input-price': {
      label: {
        'zh-HK': {
          from: 'GPT-4o API每百萬輸入token最低價格',
          to: 'GPT-4o API每百萬輸入token價格(2024年5月推出時)',
        },
        en: {
          from: 'GPT-4o API input price per million tokens (lowest cited)',
          to: 'GPT-4o API input price per million tokens, at launch (May 2024)',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: 'GPT-4o於2024年5月推出時的價格;專題稱之為「最新收費」的最低價。OpenAI其後已下調GPT-4o價格。',
        },
        en: {
          from: '',
          to: 'GPT-4o’s launch price, May 2024; the feature gives it as the lowest of the “latest” prices. OpenAI has since cut GPT-4o’s prices.',
        },
      },
    },
    'gpt-4o-output-price': {
      label: {
        'zh-HK': {
          from: 'GPT-4o API每百萬輸出token最低價格',
          to: 'GPT-4o API每百萬輸出token價格(2024年5月推出時)',
        },
        en: {
          from: 'GPT-4o API output price per million tokens (lowest cited)',
          to: 'GPT-4o API output price per million tokens, at launch (May 2024)',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: 'GPT-4o於2024年5月推出時的價格;專題稱之為「最新收費」的最低價。OpenAI其後已下調GPT-4o價格。',
        },
        en: {
          from: '',
          to: 'GPT-4o’s launch price, May 2024; the feature gives it as the lowest of the “latest” prices. OpenAI has since cut GPT-4o’s prices.',
        },
      },
    },
    'baidu-ernie-price-cut': {
      sourceUrl: {
        from: 'https://ir.baidu.com/',
        to: null,
      },
      label: {
        'zh-HK': {
          from: '百度文心4.5 Turbo降價幅度',
          to: '百度文心4.5 Turbo降價幅度(專題所引)',
        },
        en: {
          from: 'Baidu ERNIE 4.5 Turbo price cut',
          to: 'Baidu Ernie 4.5 Turbo price cut, as given in the feature',
        },
      },
      sourceName: {
        'zh-HK': {
          from: '百度',
          to: '專題引述數據,未註明原始出處',
        },
        en: {
          from: 'Baidu',
          to: 'Cited in the feature; original source not named',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: '未經已發表的來源核實;日期為文心4.5 Turbo發布日(2025年4月25日)。',
        },
        en: {
          from: '',
          to: 'Not verified against a published source; dated to Ernie 4.5 Turbo’s launch, 25 April 2025.',
        },
      },
    },
    'alibaba-cloud-revenue-growth-2024': {
      asOf: {
        from: '2024-11-15',
        to: '2024-09-30',
      },
      sourceUrl: {
        from: 'https://www.alibabagroup.com/',
        to: null,
      },
      label: {
        'zh-HK': {
          from: '阿里雲收入按年增長(2024年)',
          to: '阿里雲智能集團收入按年增長(2024年7月至9月季度)',
        },
        en: {
          from: 'Alibaba Cloud revenue growth year over year, 2024',
          to: 'Alibaba Cloud Intelligence Group revenue growth, year on year, July–September 2024 quarter',
        },
      },
      sourceName: {
        'zh-HK': {
          from: '阿里巴巴集團業績公告',
          to: '阿里巴巴集團截至2024年9月30日止季度業績公告(2024年11月15日)',
        },
        en: {
          from: 'Alibaba Group results',
          to: 'Alibaba Group, results for the quarter ended 30 September 2024 (15 November 2024)',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: '只是一個季度(2024年7月至9月)的按年增長;專題把它寫成阿里雲2024年的收入增長。未附連結:業績公告的網址尚未核實。',
        },
        en: {
          from: '',
          to: 'One quarter only (July–September 2024), which the feature gives as Alibaba Cloud’s growth in 2024. No link: the address of the results announcement has not been verified.',
        },
      },
    },
    'china-private-ai-investment-2024': {
      value: {
        from: 0,
        to: 9300000000,
      },
      formula: {
        from: '{{us-private-ai-investment-2024}} / {{us-china-ai-investment-ratio}}',
        to: null,
      },
      label: {
        'zh-HK': {
          from: '中國私人AI投資(2024年,按美國投資額及倍數推算)',
          to: '中國私人AI投資(2024年)',
        },
        en: {
          from: 'China private AI investment, 2024 (derived from the US figure and ratio)',
          to: 'China private AI investment, 2024',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: 'HAI報告所載金額;專題只引用倍數。',
        },
        en: {
          from: '',
          to: 'The amount HAI states; the feature gives only the ratio.',
        },
      },
    },
    'uk-private-ai-investment-2024': {
      value: {
        from: 0,
        to: 4500000000,
      },
      formula: {
        from: '{{us-private-ai-investment-2024}} / {{us-uk-ai-investment-ratio}}',
        to: null,
      },
      label: {
        'zh-HK': {
          from: '英國私人AI投資(2024年,按美國投資額及倍數推算)',
          to: '英國私人AI投資(2024年)',
        },
        en: {
          from: 'UK private AI investment, 2024 (derived from the US figure and ratio)',
          to: 'UK private AI investment, 2024',
        },
      },
      note: {
        'zh-HK': {
          from: '',
          to: 'HAI報告所載金額;專題只引用倍數。',
        },
        en: {
          from: '',
          to: 'The amount HAI states; the feature gives only the ratio.',
        },
      },
    },
    'china-dc-electricity-2035': {
      label: {
        en: {
          from: 'Electricity used by China’s data centers, 2035 projection (derived from 2024 use and the multiple)',
          to: 'Electricity used by China’s data centres, 2035 projection (derived from 2024 use and the multiple)',
        },
      },
    },
  },
  charts: {
    'mmlu-hunyuan-llama': {
      texts: [
        {
          locale: 'zh-HK',
          field: 'notes',
          from: '',
          to: '專題所引分數,未註明出處。騰訊技術報告列出的是混元基礎模型88.4、Llama 3.1 405B 85.2。',
        },
        {
          locale: 'en',
          field: 'subtitle',
          from: 'Tencent’s Hunyuan-Large and Meta’s Llama3',
          to: 'Tencent’s Hunyuan-Large and Meta’s Llama 3',
        },
        {
          locale: 'en',
          field: 'notes',
          from: '',
          to: 'Scores as given in the feature, which names no source. Tencent’s report gives 88.4 for Hunyuan-Large’s base model and 85.2 for Llama 3.1 405B.',
        },
      ],
      categories: [
        {
          category: 'llama3',
          locale: 'en',
          from: 'Meta Llama3',
          to: 'Meta Llama 3',
        },
      ],
    },
    'china-dc-electricity': {
      texts: [
        {
          locale: 'en',
          field: 'title',
          from: 'Electricity used by China’s data centers',
          to: 'Electricity used by China’s data centres',
        },
      ],
      categories: [],
    },
    'api-prices': {
      texts: [
        {
          locale: 'zh-HK',
          field: 'notes',
          from: 'GPT-4o收費視應用情境而定,圖中為最低收費。',
          to: 'GPT-4o收費視應用情境而定,圖中為專題所引的最低收費,即2024年5月推出時的價格。',
        },
        {
          locale: 'en',
          field: 'notes',
          from: 'GPT-4o’s price depends on the use case; the lowest rate is shown.',
          to: 'GPT-4o’s price depends on the use case; shown is the lowest rate the feature gives, which is its launch price of May 2024.',
        },
      ],
      categories: [],
    },
  },
};
