import type { PreDisclosureBody } from '../../shared/contracts/pre-disclosure.js';
import { POWERS_COLUMNS, type PreDisclosureSection } from '../../shared/publicity-vocabulary.js';
import type { Services } from '../services.js';

type Body = Omit<PreDisclosureBody, 'attachments'>;
const body = (b: Partial<Body>): Body => ({ intro: '', fields: [], table: null, flow: [], ...b });

/**
 * Demo content for 事前公开: every section of the portal carries what 清远市生态环境局 would publish
 * (illustrative figures and contacts, not official ones), written and published through
 * 填报 → 审核 → 审批 by the demo's filler, checker and approver.
 */
const GENERATED_INTROS: Record<'body_duties' | 'officers' | 'av_list' | 'review_catalog', Body> = {
  body_duties: body({
    intro:
      '清远市生态环境局是市政府工作部门，负责全市生态环境监督管理，依法对环境污染防治、生态保护、核与辐射安全等实施统一监督执法。下设执法科室和直属分局，按职责分工承担行政处罚、行政强制、行政检查和行政许可工作。',
    fields: [
      { label: '执法主体', value: '清远市生态环境局' },
      { label: '办公地址', value: '清远市清城区（示例地址）' },
      { label: '办公时间', value: '工作日 上午 8:30-12:00，下午 14:30-17:30' },
    ],
  }),
  officers: body({
    intro:
      '以下为本局持有行政执法证件的执法人员。执法人员执法时不少于两人，并主动出示执法证件；可扫描执法人员公开页面的二维码或在“执法人员”栏目按证号核验身份。已过期或已注销的证件同样列明。',
  }),
  av_list: body({
    intro:
      '下列执法环节依法进行音像记录。查封扣押、强制拆除等直接涉及人身自由、生命健康、重大财产权益的现场执法，全程不间断记录。',
  }),
  review_catalog: body({
    intro: '作出下列重大执法决定前，须经本局法制审核机构审核；未经法制审核或审核未通过的，不得作出决定。',
  }),
};

const ITEMS: { section: PreDisclosureSection; title: string; body: Body }[] = [
  {
    section: 'powers',
    title: '清远市生态环境局权责清单',
    body: body({
      intro: '本清单列明本局行使的行政职权事项、实施依据、责任事项和追责情形，实行动态调整。',
      table: {
        columns: [...POWERS_COLUMNS],
        rows: [
          [
            '对超过大气污染物排放标准排放大气污染物的处罚',
            '行政处罚',
            '《中华人民共和国大气污染防治法》第九十九条',
            '清远市生态环境局',
            '立案、调查取证、审查、告知、决定、送达、执行',
            '因不履行或不正确履行职责，有《中华人民共和国行政处罚法》第七十六条规定情形的，依法追究责任',
          ],
          [
            '对通过暗管、渗井等逃避监管的方式排放水污染物的处罚',
            '行政处罚',
            '《中华人民共和国水污染防治法》第八十三条',
            '清远市生态环境局',
            '立案、调查取证、审查、法制审核、集体讨论、告知、决定、送达、执行',
            '同上',
          ],
          [
            '对违反规定贮存、利用、处置危险废物的处罚',
            '行政处罚',
            '《中华人民共和国固体废物污染环境防治法》第一百一十二条',
            '清远市生态环境局',
            '立案、调查取证、审查、告知、决定、送达、执行',
            '同上',
          ],
          [
            '对建设项目未依法报批环境影响评价文件擅自开工建设的处罚',
            '行政处罚',
            '《中华人民共和国环境影响评价法》第三十一条',
            '清远市生态环境局',
            '立案、调查取证、审查、告知、决定、送达、执行',
            '同上',
          ],
          [
            '对造成或者可能造成严重污染的设施、设备的查封、扣押',
            '行政强制',
            '《中华人民共和国环境保护法》第二十五条；《环境保护主管部门实施查封、扣押办法》',
            '清远市生态环境局',
            '审批、决定、实施、全程音像记录、延长或解除',
            '违法实施查封扣押或者扩大范围的，依法追究责任',
          ],
          [
            '对排污单位的现场检查',
            '行政检查',
            '《中华人民共和国环境保护法》第二十四条',
            '清远市生态环境局',
            '双随机抽取、出示证件、检查、制作笔录、结果公示',
            '检查中滥用职权、玩忽职守的，依法追究责任',
          ],
          [
            '排污许可证核发',
            '行政许可',
            '《排污许可管理条例》第四条、第十一条',
            '清远市生态环境局',
            '受理、审查、决定、送达、公开',
            '对符合条件的申请不予受理或不在法定期限内作出决定的，依法追究责任',
          ],
          [
            '建设项目环境影响报告书（表）审批',
            '行政许可',
            '《中华人民共和国环境影响评价法》第二十二条',
            '清远市生态环境局',
            '受理、技术评估、审查、决定、公开',
            '同上',
          ],
        ],
      },
    }),
  },
  {
    section: 'random_inspection',
    title: '生态环境领域“双随机、一公开”抽查事项清单',
    body: body({
      intro: '本局对下列事项实行随机抽取检查对象、随机选派执法检查人员，抽查情况和查处结果及时公开。',
      table: {
        columns: ['抽查事项', '抽查对象', '抽查依据', '抽查方式', '实施部门'],
        rows: [
          [
            '排污许可证执行情况检查',
            '重点排污单位',
            '《排污许可管理条例》第二十七条',
            '现场检查、资料核查',
            '执法一科',
          ],
          [
            '一般排污单位污染物排放情况检查',
            '一般排污单位',
            '《中华人民共和国环境保护法》第二十四条',
            '现场检查、监测',
            '执法二科',
          ],
          [
            '危险废物规范化管理检查',
            '危险废物产生、经营单位',
            '《中华人民共和国固体废物污染环境防治法》第二十七条',
            '现场检查、台账核查',
            '执法一科',
          ],
          [
            '建设项目环境保护“三同时”检查',
            '在建及投产建设项目',
            '《建设项目环境保护管理条例》第十九条',
            '现场检查',
            '执法二科',
          ],
        ],
      },
    }),
  },
  {
    section: 'permit_guides',
    title: '排污许可证核发办事指南',
    body: body({
      intro:
        '在本市行政区域内排放污染物、依法实行排污许可管理的企业事业单位和其他生产经营者，应当依法申请取得排污许可证。',
      fields: [
        { label: '法定办结时限', value: '20日（实行重点管理的 30日，自受理之日起）' },
        { label: '收费', value: '不收费' },
        { label: '办理方式', value: '全国排污许可证管理信息平台网上申请' },
        { label: '咨询电话', value: '0763-0000000（示例）' },
      ],
      table: {
        columns: ['申请材料', '要求'],
        rows: [
          ['排污许可证申请表', '原件，加盖单位公章'],
          ['自行监测方案', '原件'],
          ['守法承诺书', '法定代表人或主要负责人签字'],
          ['建设项目环境影响评价批复文件（如有）', '复印件'],
        ],
      },
      flow: [
        { title: '网上申请', detail: '在全国排污许可证管理信息平台填报并提交材料', period: undefined },
        { title: '受理', detail: '材料齐全、符合法定形式的予以受理', period: '5个工作日内' },
        { title: '审查', detail: '审查材料，必要时现场核查', period: undefined },
        { title: '决定', detail: '符合条件的核发排污许可证', period: '受理后20日内' },
        { title: '公开', detail: '在平台公开许可信息', period: undefined },
      ],
    }),
  },
  {
    section: 'permit_guides',
    title: '建设项目环境影响报告书（表）审批办事指南',
    body: body({
      intro: '依法应当编制环境影响报告书、报告表的建设项目，建设单位应当在开工建设前报批环境影响评价文件。',
      fields: [
        { label: '法定办结时限', value: '报告书 60日，报告表 30日（自收到之日起）' },
        { label: '收费', value: '不收费' },
      ],
      table: {
        columns: ['申请材料', '要求'],
        rows: [
          ['建设项目环境影响报告书（表）', '全本及公开删除涉密内容的版本'],
          ['公众参与说明（报告书）', '原件'],
        ],
      },
    }),
  },
  {
    section: 'flow_charts',
    title: '行政处罚（普通程序）流程图',
    body: body({
      flow: [
        { title: '立案', detail: '发现违法线索，经审批立案', period: '15日内（可延长15日）' },
        { title: '调查取证', detail: '两名以上执法人员出示证件，全过程记录', period: undefined },
        { title: '案件审查', detail: '承办机构提出处理意见', period: undefined },
        { title: '法制审核', detail: '重大执法决定经法制审核', period: '5个工作日（可延长3个工作日）' },
        {
          title: '事先告知',
          detail: '告知拟处罚内容及陈述、申辩、听证权利',
          period: '陈述申辩3个工作日，听证申请5个工作日',
        },
        { title: '作出决定', detail: '负责人审批，重大案件集体讨论', period: '立案之日起90日内' },
        { title: '送达', detail: '送达行政处罚决定书', period: '7个工作日内' },
        { title: '执行与结案', detail: '缴纳罚款（15日内）或依法强制执行，结案归档', period: undefined },
      ],
    }),
  },
  {
    section: 'flow_charts',
    title: '行政强制（查封、扣押）流程图',
    body: body({
      flow: [
        { title: '报批', detail: '向行政机关负责人报告并经批准', period: '情况紧急的，24小时内补办批准手续' },
        { title: '实施', detail: '两名以上执法人员，通知当事人到场，全程音像记录', period: undefined },
        { title: '制作决定书和清单', detail: '当场交付查封扣押决定书和清单', period: undefined },
        {
          title: '期限',
          detail: '查封扣押期限不超过30日，情况复杂的经批准可延长',
          period: '30日（延长不超过30日）',
        },
        { title: '处理', detail: '作出处理决定或解除查封扣押', period: undefined },
      ],
    }),
  },
  {
    section: 'flow_charts',
    title: '行政检查流程图',
    body: body({
      flow: [
        { title: '确定检查对象', detail: '双随机抽取或依投诉举报、专项任务确定', period: undefined },
        { title: '现场检查', detail: '出示证件，告知检查事项，全过程记录', period: undefined },
        { title: '制作笔录', detail: '当事人核对签名', period: undefined },
        { title: '处理', detail: '发现违法行为的依法立案查处', period: undefined },
        { title: '结果公开', detail: '检查结果按规定公开', period: '20个工作日内' },
      ],
    }),
  },
  {
    section: 'flow_charts',
    title: '行政许可流程图',
    body: body({
      flow: [
        { title: '申请', detail: '申请人提交申请材料', period: undefined },
        { title: '受理', detail: '当场或5日内一次告知需补正的全部内容', period: '5日内' },
        { title: '审查', detail: '书面审查，必要时现场核查、听证', period: undefined },
        { title: '决定', detail: '准予或不予许可，不予许可的说明理由', period: '法定期限内' },
        { title: '送达与公开', detail: '送达许可决定并公开', period: '7个工作日内公开' },
      ],
    }),
  },
  {
    section: 'remedies',
    title: '监督投诉与救济渠道',
    body: body({
      intro:
        '公民、法人或者其他组织认为本局行政执法行为侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼；对执法人员的违法违纪行为，可以投诉举报。',
      fields: [
        { label: '生态环境投诉举报', value: '12345 政务服务便民热线；微信“12369环保举报”' },
        { label: '执法监督电话', value: '0763-0000000（示例）' },
        { label: '来信地址', value: '清远市清城区（示例地址） 清远市生态环境局 法规科' },
        { label: '行政复议机关', value: '清远市人民政府（自知道或者应当知道行政行为之日起60日内申请）' },
        {
          label: '行政诉讼',
          value: '向有管辖权的人民法院提起（自知道或者应当知道作出行政行为之日起6个月内）',
        },
      ],
    }),
  },
  {
    section: 'laws_discretion',
    title: '主要执法依据与行政处罚裁量基准',
    body: body({
      intro: '本局实施行政执法的主要法律、法规、规章和行政处罚自由裁量基准如下，以正式发布文本为准。',
      table: {
        columns: ['名称', '类别', '施行日期'],
        rows: [
          ['中华人民共和国环境保护法', '法律', '2015-01-01'],
          ['中华人民共和国行政处罚法', '法律', '2021-07-15'],
          ['中华人民共和国大气污染防治法', '法律', '2018-10-26'],
          ['中华人民共和国水污染防治法', '法律', '2018-01-01'],
          ['中华人民共和国固体废物污染环境防治法', '法律', '2020-09-01'],
          ['生态环境行政处罚办法', '部门规章', '2023-07-01'],
          ['广东省生态环境行政处罚自由裁量权规定', '裁量基准', '以现行发布文本为准'],
        ],
      },
    }),
  },
  {
    section: 'post_board',
    title: '政务服务窗口岗位信息',
    body: body({
      intro: '窗口工作人员挂牌上岗，公开岗位职责和联系方式，接受群众监督。',
      table: {
        columns: ['岗位', '职责', '服务时间'],
        rows: [
          ['行政许可受理岗', '排污许可、环评审批申请受理与咨询', '工作日 8:30-12:00，14:30-17:30'],
          ['执法咨询岗', '行政执法政策咨询、投诉举报登记', '工作日 8:30-12:00，14:30-17:30'],
          ['公示查询岗', '执法公示信息查询、纠错申请受理', '工作日 8:30-12:00，14:30-17:30'],
        ],
      },
    }),
  },
];

/** Publishes demo 事前公开 content for every section (an empty or new database in demo mode). */
export async function seedDemoPreDisclosures(
  services: Services,
  accounts: Map<string, string>,
): Promise<void> {
  const principal = (username: string) => services.auth.principalOf(accounts.get(username) ?? '');
  const [filler, checker, approver] = await Promise.all(['filler', 'checker', 'approver'].map(principal));
  if (!filler || !checker || !approver) return;
  const { preDisclosures } = services;
  const publish = async (id: string) => {
    await preDisclosures.submit(filler, id);
    await preDisclosures.check(checker, id, true);
    await preDisclosures.approve(approver, id);
  };
  const root = (await services.org.listDepartments()).find((d) => d.parentId === null);
  if (!root) return;
  await preDisclosures.sync();
  const generated = await preDisclosures.list(filler, { page: 1, pageSize: 200 });
  for (const item of generated.items) {
    const intro = GENERATED_INTROS[item.section as keyof typeof GENERATED_INTROS] as Body | undefined;
    if (!intro) continue;
    await preDisclosures.edit(filler, item.id, { body: intro });
    await publish(item.id);
  }
  for (const item of ITEMS) {
    const made = await preDisclosures.create(filler, { ...item, departmentId: root.id });
    await publish(made.id);
  }
}
