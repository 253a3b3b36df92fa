import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../../utils/glossary/matcher.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';

const fixtures = resolve(process.cwd(), '../shared/fixtures/netease');
const read = (file: string) => readFileSync(resolve(fixtures, file), 'utf8');

/**
 * The technical terms, companies and products each article names, read off
 * the Simplified text: [term id, how the article writes it].
 */
const ARTICLE_TERMS: Record<'a' | 'b' | 'c', [string, string][]> = {
  a: [
    ['artificial-intelligence', '人工智能'],
    ['cluster', '集群'],
    ['compute', '算力'],
    ['gpu', 'GPU'],
    ['hbm', 'HBM / 高带宽内存'],
    ['ai-accelerator', 'AI加速卡'],
    ['memory', '内存'],
    ['bandwidth', '带宽'],
    ['dram', 'DRAM'],
    ['die', '裸片'],
    ['tsv', '硅通孔（TSV）'],
    ['interface', '接口'],
    ['base-die', '基础裸片（base die）'],
    ['yield', '良率 / 良品率'],
    ['wafer', '晶圆'],
    ['packaging', '封装'],
    ['silicon-interposer', '硅中介层'],
    ['tsmc', '台积电'],
    ['cowos', 'CoWoS'],
    ['sk-hynix', 'SK海力士'],
    ['hbm3e', 'HBM3E'],
    ['nvidia', '英伟达'],
    ['samsung-electronics', '三星电子 / 三星'],
    ['hbm4', 'HBM4'],
    ['bus-width', '接口位宽（1024位到2048位）'],
    ['process-node', '逻辑制程'],
    ['micron', '美光'],
    ['ddr4', 'DDR4'],
    ['ddr5', 'DDR5'],
    ['server', '服务器内存'],
    ['cxmt', '长鑫存储（CXMT）'],
    ['lpddr5x', 'LPDDR5X'],
    ['export-controls', '出口管制'],
    ['ai-chip', 'AI芯片'],
    ['inference', '推理服务'],
    ['semiconductor', '半导体产品'],
  ],
  b: [
    ['huawei', '华为'],
    ['huawei-mate-60-pro', 'Mate 60 Pro'],
    ['kirin-9000s', '麒麟9000S'],
    ['huawei-kirin', '麒麟芯片'],
    ['chip', '芯片'],
    ['smic', '中芯国际'],
    ['nanometre', '7纳米'],
    ['smic-n-plus-2', 'N+2'],
    ['us-commerce-department', '美国商务部'],
    ['entity-list', '实体清单'],
    ['euv', 'EUV / 极紫外'],
    ['duv', 'DUV / 深紫外'],
    ['lithography-machine', '光刻机'],
    ['immersion-lithography', '浸没式光刻机'],
    ['asml', 'ASML'],
    ['multi-patterning', '多重曝光'],
    ['etching', '刻蚀'],
    ['sadp', '自对准双重图形（SADP）'],
    ['saqp', '四重图形（SAQP）'],
    ['overlay-error', '套刻误差'],
    ['yield', '良率'],
    ['wafer', '晶圆'],
    ['tsmc', '台积电'],
    ['photoresist', '光刻胶'],
    ['metrology', '量测设备'],
    ['thin-film-deposition', '薄膜沉积'],
    ['advanced-node', '先进制程'],
    ['mature-node', '成熟制程'],
    ['samsung-electronics', '三星'],
    ['export-controls', '出口管制'],
    ['export-licence', '出口许可'],
    ['semiconductor', '半导体设备'],
    ['naura', '北方华创'],
    ['amec', '中微公司'],
    ['smee', '上海微电子'],
    ['domestic-substitution', '国产替代'],
    ['self-reliant-controllable', '自主可控'],
  ],
  c: [
    ['deepseek', 'DeepSeek'],
    ['deepseek-r1', '推理模型R1'],
    ['mit-license', 'MIT许可证'],
    ['model-weights', '模型权重'],
    ['deepseek-v3', 'DeepSeek-V3'],
    ['mixture-of-experts', '混合专家（MoE）'],
    ['token', 'token'],
    ['nvidia-h800', 'H800'],
    ['gpu-hours', 'GPU小时'],
    ['compute', '算力'],
    ['alibaba', '阿里巴巴'],
    ['qwen', '通义千问（Qwen）'],
    ['open-source', '开源'],
    ['multimodal', '多模态'],
    ['apache-2', 'Apache 2.0许可证'],
    ['hugging-face', 'Hugging Face'],
    ['fine-tuning', '微调'],
    ['cloud-provider', '云服务商'],
    ['nvidia', '英伟达'],
    ['gpu', 'GPU'],
    ['cuda', 'CUDA'],
    ['deep-learning-framework', '训练框架 / 深度学习框架'],
    ['operator-kernel', '算子 / 算子库'],
    ['export-controls', '出口管制'],
    ['nvidia-h20', 'H20'],
    ['export-licence', '许可证'],
    ['nvidia-h200', 'H200'],
    ['chip', '国产芯片'],
    ['huawei', '华为'],
    ['ascend-910c', '昇腾910C'],
    ['huawei-ascend', '昇腾'],
    ['large-model', '大模型'],
    ['huawei-cann', 'CANN'],
    ['heterogeneous-computing', '异构计算'],
    ['mindspore', 'MindSpore（昇思）'],
    ['cambricon', '寒武纪'],
    ['cambricon-mlu', '思元'],
    ['ai-accelerator', '加速卡'],
    ['moore-threads', '摩尔线程'],
    ['moore-threads-musa', 'MUSA'],
    ['pytorch', 'PyTorch'],
    ['hardware', '硬件'],
    ['software', '软件'],
    ['compiler', '编译器'],
    ['cluster', '集群互联'],
  ],
};

const matcher = compileMatcher(BUILT_IN_TERMS);

describe.each(['a', 'b', 'c'] as const)('article %s', (article) => {
  const expected = ARTICLE_TERMS[article];

  test.each(['simplified', 'traditional'])('every named term is found in the %s text', (script) => {
    const text = read(`${article}.${script}.txt`);
    const found = new Set(matcher.findAll(text).map((match) => match.termId));
    const missing = expected.filter(([id]) => !found.has(id)).map(([id, how]) => `${id} (${how})`);
    expect(missing).toEqual([]);
  });

  test('the Simplified and Traditional texts show the same terms', () => {
    const ids = (script: string) =>
      [...new Set(matcher.findAll(read(`${article}.${script}.txt`)).map((m) => m.termId))].sort();
    expect(ids('traditional')).toEqual(ids('simplified'));
  });
});
