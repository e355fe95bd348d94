import type { Services } from '../services.js';

/**
 * Demo content for the portal's 执法结果公示: on-the-spot (简易程序) decisions made by the demo
 * officers, published through 填报 → 审核 → 审批 by the demo's filler, checker and approver — the same
 * services a user goes through, so the demo shows what the software does, redaction included.
 */
const DEMO_DECISIONS = [
  {
    formNumber: '清环当罚〔2026〕001号',
    title: '某五金加工厂露天堆放含油废渣案',
    party: {
      type: 'organization' as const,
      name: '清远市清城区鸿发五金加工厂',
      creditCode: '91441802MA4W12346K',
      legalRepresentative: '陈大文',
      address: '清远市清城区石角镇工业大道18号',
      phone: '13802601234',
    },
    location: '清城区石角镇工业大道18号厂区',
    facts:
      '经现场检查，清远市清城区鸿发五金加工厂在厂区东侧露天堆放含油废渣约2吨，未采取防扬散、防流失、防渗漏措施，废水收集池溢流至厂外雨水沟。现场负责人陈大文（电话13802601234）在场。',
    basis: '《中华人民共和国固体废物污染环境防治法》第二十条、第一百零二条',
    penalties: [{ type: 'fine' as const, amount: 2000 }],
  },
  {
    formNumber: '清环当罚〔2026〕002号',
    title: '露天焚烧废旧轮胎案',
    party: {
      type: 'person' as const,
      name: '黄志强',
      idNumber: '441802200002294563',
      address: '清远市清新区太和镇某村',
      phone: '13923456780',
    },
    location: '清新区太和镇鱼塘旁空地',
    facts: '黄志强在清新区太和镇鱼塘旁空地露天焚烧废旧轮胎，产生大量黑烟，周边群众投诉。',
    basis: '《中华人民共和国大气污染防治法》第七十七条、第一百一十九条第二款',
    penalties: [{ type: 'fine' as const, amount: 200 }],
  },
  {
    formNumber: '清环当罚〔2026〕003号',
    title: '洗车废水直排雨水管网案',
    party: {
      type: 'individual_business' as const,
      name: '清远市清城区洁亮洗车服务部',
      idNumber: '441802199003071235',
      legalRepresentative: '李秀英',
    },
    location: '清城区凤城街道某路',
    facts: '清远市清城区洁亮洗车服务部洗车废水未经沉淀处理直接排入市政雨水管网，系初次违法且危害后果轻微。',
    basis: '《城镇排水与污水处理条例》第二十一条、第五十条',
    penalties: [{ type: 'warning' as const }],
  },
];

export async function seedDemoPublications(services: Services, accounts: Map<string, string>): Promise<void> {
  const principal = (username: string) => services.auth.principalOf(accounts.get(username) ?? '');
  const [officer, filler, checker, approver] = await Promise.all(
    ['officer1', 'filler', 'checker', 'approver'].map(principal),
  );
  if (!officer || !filler || !checker || !approver) return;
  const officerIds = [accounts.get('officer1') ?? '', accounts.get('officer2') ?? ''];
  const decidedAt = new Date(services.clock().getTime() - 2 * 3_600_000).toISOString();
  for (const d of DEMO_DECISIONS) {
    const decided = await services.execution.summaries.decide(officer, {
      ...d,
      officerIds,
      decidedAt,
    });
    const { item } = await services.disclosures.create(filler, decided.caseId);
    await services.disclosures.submit(filler, item.id);
    await services.disclosures.check(checker, item.id, true, undefined);
    await services.disclosures.approve(approver, item.id);
  }
}
