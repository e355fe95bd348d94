/**
 * Public decision search benchmark (issue: 执法决定公示 search at scale). Boots the real app in this
 * process on SQLite in a temp folder (or, when DATABASE_URL is set, on PostgreSQL in a fresh schema
 * dropped at the end), opens one case through the API, then loads BENCH_DECISIONS (default 100,000)
 * published decisions, 1,000 per transaction: a `disclosure` row, a `disclosure_version` row and the
 * listing row with its search index — through `disclosureRepository.savePublic` on PostgreSQL; on
 * SQLite the same rows without its `delete from public_decision_fts where id = ?`, which scans the
 * whole FTS table each time (quadratic over 100,000 rows; its cost at scale is measured apart).
 * The texts are deterministic (seeded PRNG) Chinese enforcement decisions: 废水 in about a fifth.
 *
 * Then it listens on a free port next to a bare Fastify app with one route (`GET /bare`, the
 * baseline of the same run) and sends BENCH_REQUESTS (default 300; fewer once a query has taken
 * BENCH_BUDGET_S, default 120 s) sequential keep-alive requests per query: the bare route, the
 * listing without a query, a common and a rarer 2-character word, a common and a rarer 3-character
 * phrase, and a 2-word query. Prints matches (`total`), p50/p95/p99 in ms and the p95 ratio to the
 * bare route, the load time and the database size; the cost of re-publishing one decision
 * (`savePublic`) at this size; then (BENCH_PLANS=0 skips) the plans of the listing's SQL and that
 * SQL timed directly. (The first run of this benchmark proposed the index change that migration 0013
 * made: 469 ms → 57 ms p95 for 废水 on SQLite, 3,041 ms → see README for 颗粒物 on PostgreSQL.)
 * BENCH_KEEP=1 keeps the database (folder, schema) to look at afterwards.
 *
 * Run: `npm run bench:search` (SQLite), or
 * `DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:search` (PostgreSQL).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import {
  CamelCasePlugin,
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Insertable,
} from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { bootstrap } from '../src/server/bootstrap.js';
import { parseConfig } from '../src/server/config.js';
import type { Database, DisclosureTable, DisclosureVersionTable } from '../src/server/platform/db/schema.js';
import { searchTerms } from '../src/server/platform/db/search-terms.js';
import { disclosureRepository } from '../src/server/modules/publicity/disclosure.repository.js';
import type { DisclosureKind, PublicPartyType } from '../src/shared/publicity-vocabulary.js';

const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const PLANS = process.env.BENCH_PLANS !== '0';
/** The time one query's requests may take; a slow query is measured on fewer requests. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 120) * 1000;
/** Repetitions of each SQL statement timed directly in the analysis. */
const SQL_REPS = Number(process.env.BENCH_SQL_REPS ?? 15);
const BATCH = 1_000;
const DATABASE_URL = process.env.DATABASE_URL || undefined;
/** Keep the loaded database (the temp folder, the PostgreSQL schema) to look at afterwards. */
const KEEP = process.env.BENCH_KEEP === '1';

/** The queries measured: the route's `q` (undefined: the bare route or the unfiltered listing). */
const QUERIES: { label: string; url: string; q?: string }[] = [
  { label: 'bare Fastify route', url: '/bare' },
  { label: 'listing, no q', url: '/api/v1/public/decisions' },
  { label: '2-char, common', url: '', q: '废水' },
  { label: '2-char, rarer', url: '', q: '噪声' },
  { label: '3-char, common', url: '', q: '颗粒物' },
  { label: '3-char, rarer', url: '', q: '渗滤液' },
  { label: '2 words', url: '', q: '废水 氨氮' },
];
for (const query of QUERIES)
  if (query.q) query.url = `/api/v1/public/decisions?q=${encodeURIComponent(query.q)}`;

// ---- deterministic text ------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so every run loads the same texts. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = ReturnType<typeof prng>;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

const INDUSTRIES = [
  '化工',
  '陶瓷',
  '电镀',
  '印染',
  '造纸',
  '建材',
  '五金制品',
  '食品',
  '塑料制品',
  '纺织',
  '皮革',
  '混凝土',
  '水泥',
  '家具',
  '汽车维修',
  '线路板',
  '不锈钢',
  '石材',
  '饲料',
  '包装材料',
] as const;
const PLACES = [
  '清城区石角镇',
  '清城区龙塘镇',
  '清城区源潭镇',
  '清城区飞来峡镇',
  '清新区太和镇',
  '清新区山塘镇',
  '英德市浛洸镇',
  '英德市大站镇',
  '英德市望埠镇',
  '连州市龙坪镇',
  '佛冈县石角镇',
  '佛冈县汤塘镇',
  '阳山县黄坌镇',
  '连南县寨岗镇',
] as const;
const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '梁', '何'] as const;
const WATER_POLLUTANTS = [
  ['化学需氧量', 90],
  ['氨氮', 15],
  ['总磷', 1],
  ['悬浮物', 70],
  ['五日生化需氧量', 20],
  ['总铜', 0.5],
  ['总镍', 0.1],
  ['六价铬', 0.1],
] as const;
const AIR_POLLUTANTS = [
  ['颗粒物', 30],
  ['二氧化硫', 200],
  ['氮氧化物', 240],
  ['非甲烷总烃', 80],
] as const;

/** 12,000.00 */
function yuan(amount: number): string {
  return `${amount.toLocaleString('en-US')}.00`;
}
function cnDate(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

type Violation = { title: string; facts: string[]; basis: string; order: string; amount: [number, number] };

/** What was found, by kind of violation, weighted to give 废水 about a fifth of the decisions. */
function violation(rng: Rng, found: string): Violation {
  const kind = weighted(rng, [
    ['water', 7],
    ['rain', 3],
    ['air', 9],
    ['dust', 6],
    ['facility', 8],
    ['hazardous', 10],
    ['eia', 10],
    ['acceptance', 6],
    ['monitoring', 6],
    ['noise', 4],
    ['leachate', 1],
    ['permit', 5],
    ['ledger', 4],
  ] as const);
  const ratio = (int(rng, 5, 400) / 100).toFixed(2);
  switch (kind) {
    case 'water': {
      const [p, limit] = pick(rng, WATER_POLLUTANTS);
      const value = (limit * (1 + Number(ratio))).toFixed(limit < 1 ? 3 : 1);
      return {
        title: pick(rng, ['超标排放废水案', '超标排放水污染物案']),
        facts: [
          `${found}，当事人正在生产，废水处理设施正在运行。`,
          `执法人员在废水总排放口采样，经监测，外排废水中${p}浓度为${value}mg/L，超过国家规定的排放标准${ratio}倍。`,
          `当事人的上述行为违反了《中华人民共和国水污染防治法》第十条的规定。`,
        ],
        basis: '《中华人民共和国水污染防治法》第八十三条第二项',
        order: '责令当事人改正违法行为',
        amount: [100_000, 1_000_000],
      };
    }
    case 'rain':
      return {
        title: '通过雨水排放口排放废水案',
        facts: [
          `${found}，发现当事人将生产废水经雨水排放口直接外排，外排水呈${pick(rng, ['灰白', '黄褐', '浅绿', '黑'])}色。`,
          `经监测，雨水排放口外排水中化学需氧量浓度为${int(rng, 120, 900)}mg/L，氨氮浓度为${int(rng, 10, 80)}mg/L。`,
          '当事人的行为属于以逃避监管的方式排放水污染物。',
        ],
        basis: '《中华人民共和国水污染防治法》第八十三条第三项',
        order: '责令当事人改正违法行为',
        amount: [100_000, 1_000_000],
      };
    case 'air': {
      const [p, limit] = pick(rng, AIR_POLLUTANTS);
      return {
        title: '超标排放大气污染物案',
        facts: [
          `${found}，当事人${pick(rng, ['窑炉', '锅炉', '喷涂线', '烘干线'])}正在生产。`,
          `经监测，废气排放口${p}排放浓度为${(limit * (1 + Number(ratio))).toFixed(1)}mg/m³，超过排放标准${ratio}倍。`,
          '当事人的上述行为违反了《中华人民共和国大气污染防治法》第十八条的规定。',
        ],
        basis: '《中华人民共和国大气污染防治法》第九十九条第二项',
        order: '责令当事人改正违法行为',
        amount: [100_000, 1_000_000],
      };
    }
    case 'dust':
      return {
        title: pick(rng, ['未采取有效措施防治扬尘污染案', '无组织排放颗粒物案']),
        facts: [
          `${found}，发现当事人${pick(rng, ['砂石', '煤炭', '原料', '废渣'])}堆场未采取密闭或者覆盖措施，装卸过程产生大量颗粒物无组织排放。`,
          '现场未配备喷淋等抑尘设施。',
        ],
        basis: '《中华人民共和国大气污染防治法》第一百零八条第五项',
        order: '责令当事人改正违法行为',
        amount: [20_000, 100_000],
      };
    case 'facility': {
      const water = rng() < 0.4;
      return {
        title: '污染防治设施未正常运行案',
        facts: [
          `${found}，当事人生产线正在生产，但配套的${water ? '废水' : '废气'}处理设施未运行。`,
          water
            ? `调节池内的生产废水未经处理直接进入${pick(rng, ['清水池', '外排渠', '回用水池'])}。`
            : '废气收集管道破损，未经处理的废气直接排放。',
          `当事人的运行台账显示设施已停运${int(rng, 2, 40)}日。`,
        ],
        basis: water
          ? '《中华人民共和国水污染防治法》第八十三条第三项'
          : '《中华人民共和国大气污染防治法》第九十九条第三项',
        order: '责令当事人改正违法行为',
        amount: [100_000, 1_000_000],
      };
    }
    case 'hazardous':
      return {
        title: pick(rng, ['未按规定贮存危险废物案', '未按规定转移危险废物案', '危险废物管理不规范案']),
        facts: [
          `${found}，发现当事人危险废物贮存场所未设置危险废物识别标志。`,
          `${pick(rng, ['废矿物油', '废包装桶', '废活性炭', '含铜污泥', '废有机溶剂'])}约${int(rng, 1, 30)}吨露天堆放，未采取防渗漏措施。`,
          '当事人未建立危险废物管理台账。',
        ],
        basis: '《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款',
        order: '责令当事人改正违法行为',
        amount: [100_000, 1_000_000],
      };
    case 'eia':
      return {
        title: '未批先建案',
        facts: [
          `${found}，发现当事人${pick(rng, ['年产5万吨', '扩建', '技改', '新建'])}项目未依法报批建设项目环境影响评价文件，擅自开工建设。`,
          rng() < 0.15
            ? '项目主体工程已建成，配套的废水处理设施尚未建设。'
            : `项目已完成${int(rng, 20, 90)}%的土建工程。`,
          `项目总投资约${int(rng, 200, 9_000)}万元。`,
        ],
        basis: '《中华人民共和国环境影响评价法》第三十一条第一款',
        order: '责令当事人停止建设',
        amount: [50_000, 500_000],
      };
    case 'acceptance':
      return {
        title: '需要配套建设的环境保护设施未经验收即投入生产案',
        facts: [
          `${found}，当事人${pick(rng, ['生产线', '新建项目', '二期工程'])}已投入生产。`,
          '该项目环境影响报告表已获批复，但需要配套建设的环境保护设施未经验收，主体工程即投入生产。',
        ],
        basis: '《建设项目环境保护管理条例》第二十三条第一款',
        order: '责令当事人限期改正',
        amount: [200_000, 1_000_000],
      };
    case 'monitoring': {
      const water = rng() < 0.4;
      return {
        title: pick(rng, ['自动监测设备不正常运行案', '篡改自动监测数据案']),
        facts: [
          `${found}，发现当事人${water ? '废水' : '废气'}排放口自动监测设备${pick(rng, ['采样管脱落', '标定参数被修改', '未与生态环境部门联网', '长期离线'])}。`,
          `自动监测数据与执法监测结果偏差达${int(rng, 30, 90)}%。`,
        ],
        basis: water
          ? '《中华人民共和国水污染防治法》第八十二条第二项'
          : '《中华人民共和国大气污染防治法》第一百条第三项',
        order: '责令当事人改正违法行为',
        amount: [20_000, 200_000],
      };
    }
    case 'noise':
      return {
        title: '工业噪声超过排放标准案',
        facts: [
          `${found}，当事人${pick(rng, ['破碎机', '空压机', '冷却塔', '风机'])}正在运行。`,
          `经监测，厂界${pick(rng, ['昼间', '夜间'])}噪声为${int(rng, 62, 78)}dB(A)，超过工业企业厂界环境噪声排放标准。`,
        ],
        basis: '《中华人民共和国噪声污染防治法》第七十五条',
        order: '责令当事人改正违法行为',
        amount: [20_000, 200_000],
      };
    case 'leachate':
      return {
        title: '渗滤液未经处理直接排放案',
        facts: [
          `${found}，发现当事人${pick(rng, ['垃圾填埋场', '垃圾转运站', '堆肥场'])}渗滤液收集池满溢。`,
          `渗滤液经暗管排入附近沟渠，经监测，化学需氧量浓度为${int(rng, 800, 5_000)}mg/L。`,
        ],
        basis: '《中华人民共和国水污染防治法》第八十三条第三项',
        order: '责令当事人改正违法行为',
        amount: [100_000, 1_000_000],
      };
    case 'permit':
      return {
        title: '未取得排污许可证排放污染物案',
        facts: [
          `${found}，当事人正在生产，产生的${pick(rng, ['生产废水', '工艺废气', '锅炉废气', '有机废气'])}经处理后排放。`,
          '当事人属于实行排污许可重点管理的排污单位，未依法取得排污许可证。',
        ],
        basis: '《排污许可管理条例》第三十三条第一项',
        order: '责令当事人改正违法行为',
        amount: [200_000, 1_000_000],
      };
    case 'ledger':
      return {
        title: '未按照排污许可证规定记录环境管理台账案',
        facts: [
          `${found}，当事人未按照排污许可证规定建立环境管理台账记录。`,
          `近${int(rng, 3, 12)}个月的污染防治设施运行记录缺失。`,
        ],
        basis: '《排污许可管理条例》第三十七条第一项',
        order: '责令当事人改正违法行为',
        amount: [5_000, 20_000],
      };
  }
}

type Decision = {
  kind: DisclosureKind;
  partyType: PublicPartyType;
  decidedOn: string;
  documentNumber: string;
  title: string;
  facts: string;
  basis: string;
  decision: string;
  fullText: string;
};

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const LAST_DAY = Date.UTC(2026, 10, 30);

/** The facts: the sentences in order while they fit 200 characters (at least the first). */
function clamp(sentences: readonly string[]): string {
  let text = '';
  for (const s of sentences) if (text === '' || text.length + s.length <= 200) text += s;
  return text.length <= 200 ? text : `${text.slice(0, 199)}。`;
}

/** Decision number `seq` as published: redacted party, summary fields and the full text. */
function decisionOf(seq: number, bodyName: string): Decision {
  const rng = prng(0x5a17 + seq * 7919);
  const decided = new Date(FIRST_DAY + Math.floor(rng() * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY);
  const year = decided.getUTCFullYear();
  const inspected = new Date(decided.getTime() - int(rng, 20, 90) * DAY);
  const found = `${cnDate(inspected)}，我局执法人员对当事人位于${pick(rng, PLACES)}的${pick(rng, ['厂区', '生产车间', '项目现场', '经营场所'])}进行现场检查`;
  const partyType = weighted<PublicPartyType>(rng, [
    ['legal_person', 82],
    ['natural_person', 10],
    ['unincorporated', 8],
  ]);
  const party =
    partyType === 'natural_person'
      ? `${pick(rng, SURNAMES)}某某`
      : partyType === 'unincorporated'
        ? `某${pick(rng, INDUSTRIES)}厂`
        : `某${pick(rng, INDUSTRIES)}有限公司`;
  const kind = weighted<DisclosureKind>(rng, [
    ['penalty', 86],
    ['coercion', 6],
    ['permit', 5],
    ['inspection', 3],
  ]);
  const branch = pick(rng, ['', '', '', '英', '清新', '佛']);
  const v = violation(rng, found);
  let title: string;
  let facts: string;
  let basis: string;
  let decision: string;
  let prefix: string;
  if (kind === 'permit') {
    const project = `${pick(rng, ['年产10万平方米', '年产2万吨', '扩建', '技术改造'])}${pick(rng, INDUSTRIES)}项目`;
    title = `关于${party}${project}环境影响报告表的批复`;
    facts = clamp([
      `${cnDate(inspected)}，当事人报送${project}环境影响报告表。`,
      `项目位于${pick(rng, PLACES)}，总投资${int(rng, 300, 20_000)}万元。`,
      `项目${pick(rng, ['生产废水经处理后回用', '废气经收集处理后达标排放', '生活污水经化粪池处理后纳管'])}，固体废物分类收集处置。`,
    ]);
    basis = '《中华人民共和国环境影响评价法》第二十二条';
    decision = '同意该项目按照报告表所列的性质、规模、地点和环境保护对策措施进行建设';
    prefix = '审批';
  } else if (kind === 'inspection') {
    title = `${party}${pick(rng, ['双随机', '专项', '日常'])}检查结果`;
    facts = clamp([`${found}。`, '检查了排污许可证执行情况、污染防治设施运行情况和台账记录。']);
    basis = '《中华人民共和国环境保护法》第二十四条';
    decision = pick(rng, ['未发现环境违法行为', '发现问题已责令整改']);
    prefix = '检';
  } else {
    title = `${party}${v.title}`;
    facts = clamp(v.facts);
    basis = v.basis;
    if (kind === 'coercion') {
      decision = `对当事人造成污染的${pick(rng, ['生产设备', '生产线', '设施'])}予以查封，查封期限三十日`;
      prefix = '封';
    } else {
      const amount = Math.round(int(rng, v.amount[0], v.amount[1]) / 1_000) * 1_000;
      decision = `${v.order}，罚款人民币${yuan(amount)}元`;
      prefix = '罚';
    }
  }
  const documentNumber = `清环${branch}${prefix}〔${year}〕${int(rng, 1, 900)}号`;
  const notified = new Date(decided.getTime() - int(rng, 8, 15) * DAY);
  const fullText = [
    bodyName,
    kind === 'penalty' ? '行政处罚决定书' : kind === 'coercion' ? '查封决定书' : title,
    documentNumber,
    '',
    '当事人：***',
    `当事人类型：${partyType === 'natural_person' ? '自然人' : partyType === 'legal_person' ? '法人' : '非法人组织'}`,
    partyType === 'natural_person' ? '身份证件号码：***' : '统一社会信用代码：***',
    '地址：***',
    '',
    '违法事实：',
    facts,
    '',
    '证据：',
    `以上事实，有${cnDate(inspected)}现场检查（勘察）笔录、调查询问笔录、${pick(rng, ['监测报告', '现场照片和视频', '营业执照复印件'])}等证据为证。`,
    '',
    '陈述申辩：',
    `我局于${cnDate(notified)}向当事人送达了事先告知书，告知当事人拟作出决定的事实、理由、依据及依法享有的陈述、申辩和要求听证的权利。当事人${pick(rng, ['在法定期限内未提出陈述申辩', '提出了陈述申辩，经复核，不予采纳'])}。`,
    '',
    '依据：',
    `${basis}。我局依据广东省生态环境行政处罚自由裁量权规定，综合考虑当事人的违法情节、危害后果和改正情况。`,
    '',
    '决定：',
    `${decision}。`,
    '',
    '履行方式和期限：',
    '当事人应当自收到本决定书之日起十五日内，将罚款缴至中国工商银行清远分行（户名：清远市财政局非税收入汇缴结算户）。到期不缴纳罚款的，我局可以每日按罚款数额的百分之三加处罚款。',
    '',
    '救济途径：',
    '当事人如不服本决定，可以在收到本决定书之日起六十日内向清远市人民政府申请行政复议，也可以在六个月内向清远市清城区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼的，不停止决定的执行。',
    '',
    bodyName,
    isoDay(decided),
  ].join('\n');
  return {
    kind,
    partyType,
    decidedOn: isoDay(decided),
    documentNumber,
    title,
    facts,
    basis,
    decision,
    fullText,
  };
}

// ---- the app, the data ---------------------------------------------------------------------------

type PublicRowInput = Parameters<typeof disclosureRepository.savePublic>[2];

type Ctx = {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  caseId: string;
  publisherId: string;
  departments: string[];
  bodyName: string;
};

/** The listing row as `DisclosureService.publish` makes it. */
function publicRow(
  d: Insertable<DisclosureTable>,
  v: Insertable<DisclosureVersionTable>,
  s: Decision,
): PublicRowInput {
  return {
    id: d.id,
    versionId: v.id,
    version: 1,
    kind: s.kind,
    year: Number(s.decidedOn.slice(0, 4)),
    departmentId: d.departmentId,
    partyType: s.partyType,
    decidedOn: s.decidedOn,
    publishedAt: v.publishedAt,
    status: 'published',
    title: s.title,
    documentNumber: s.documentNumber,
    summary: JSON.stringify({
      excerpt: s.facts.length <= 120 ? s.facts : `${s.facts.slice(0, 120)}…`,
      decision: s.decision,
    }),
    withdrawnAt: null,
    withdrawalReason: null,
    changedAt: v.publishedAt,
    searchTerms: searchTerms(
      [s.title, s.documentNumber, s.facts, s.basis, s.decision, s.fullText].join('\n'),
    ),
  };
}

async function loadBatch(ctx: Ctx, from: number, to: number) {
  const now = new Date().toISOString();
  await ctx.db.transaction().execute(async (tx) => {
    const rows: {
      d: Insertable<DisclosureTable>;
      v: Insertable<DisclosureVersionTable>;
      decision: Decision;
    }[] = [];
    for (let seq = from; seq < to; seq++) {
      const decision = decisionOf(seq, ctx.bodyName);
      const id = randomUUID();
      const departmentId = ctx.departments[seq % ctx.departments.length] ?? '';
      const summary = {
        documentNumber: decision.documentNumber,
        caseName: decision.title,
        partyType: decision.partyType,
        facts: decision.facts,
        basis: decision.basis,
        decision: decision.decision,
        body: ctx.bodyName,
        decidedOn: decision.decidedOn,
      };
      const publishedAt = new Date(Date.parse(decision.decidedOn) + 5 * DAY).toISOString();
      rows.push({
        decision,
        d: {
          id,
          caseId: ctx.caseId,
          source: 'decision',
          sourceId: randomUUID(),
          kind: decision.kind,
          departmentId,
          status: 'published',
          decidedOn: decision.decidedOn,
          due: decision.decidedOn,
          documentNumber: decision.documentNumber,
          content: JSON.stringify({ title: decision.title, summary, penalties: [] }),
          originalText: decision.fullText,
          knownTerms: '[]',
          marks: '[]',
          filledBy: ctx.publisherId,
          checkedBy: ctx.publisherId,
          holdReason: null,
          holdNote: null,
          holdRequestedBy: null,
          version: 1,
          publishedAt,
          withdrawalDue: null,
          withdrawalGround: null,
          withdrawnAt: null,
          withdrawalReason: null,
          createdAt: now,
          updatedAt: now,
        },
        v: {
          id: randomUUID(),
          disclosureId: id,
          version: 1,
          content: JSON.stringify({ summary, fullText: decision.fullText }),
          credit: null,
          publishedAt,
          publishedBy: ctx.publisherId,
          supersededAt: null,
          withdrawnAt: null,
          withdrawalReason: null,
        },
      });
    }
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      await tx
        .insertInto('disclosure')
        .values(chunk.map((r) => r.d))
        .execute();
      await tx
        .insertInto('disclosureVersion')
        .values(chunk.map((r) => r.v))
        .execute();
    }
    const listing = rows.map(({ d, v, decision: s }) => publicRow(d, v, s));
    // through the real code path on both databases (the listing row and its search index)
    for (const row of listing) await disclosureRepository.savePublic(tx, ctx.dialect, row);
  });
}

// ---- HTTP ----------------------------------------------------------------------------------------

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(port: number, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: url, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** `n` sequential requests, or fewer when they take longer than `budgetMs` in all. */
async function measure(port: number, url: string, n: number, budgetMs: number) {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < n && (times.length < 5 || performance.now() - start < budgetMs)) {
    const t0 = performance.now();
    const res = await get(port, url);
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${res.body.slice(0, 300)}`);
  }
  return summary(times);
}

function summary(times: number[]) {
  times.sort((a, b) => a - b);
  return {
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

function table(header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = header.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) =>
        i === 0 ? c + ' '.repeat((widths[i] ?? 0) - width(c)) : ' '.repeat((widths[i] ?? 0) - width(c)) + c,
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

const ms = (x: number) => x.toFixed(2);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

// ---- main ----------------------------------------------------------------------------------------

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bench-search-'));
  const schema = DATABASE_URL ? `bench_${randomBytes(6).toString('hex')}` : undefined;
  const config = parseConfig({
    DATA_DIR: dataDir,
    SANXIANG_MODE: 'demo',
    DEMO_CONTENT: 'false', // the demo users and departments, not the demo's few publications
    LOG_LEVEL: 'silent',
    DATABASE_URL,
    DATABASE_SCHEMA: schema,
  });
  process.once('SIGINT', () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    console.error(`\ninterrupted${schema ? `: drop schema ${schema} yourself` : ''}`);
    process.exit(130);
  });
  try {
    await run(config, schema);
  } finally {
    if (KEEP) console.log(`\nkept: ${dataDir}${schema ? `, schema ${schema}` : ''}`);
    else {
      if (schema && DATABASE_URL) {
        const client = new pg.Client({ connectionString: DATABASE_URL });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        } finally {
          await client.end();
        }
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

async function run(config: ReturnType<typeof parseConfig>, schema: string | undefined) {
  const { services } = await bootstrap(config);
  const app = await buildApp(services);
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ ok: true }));
  let plansDb: Kysely<Database> | undefined;
  try {
    const { db, dialect } = services.database;

    // one real case, through the API, as `officer1`
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'officer1', password: 'demo12345' },
    });
    const cookie = login.cookies.find((c) => c.name === 'sanxiang_session');
    const csrf = login.json<{ csrfToken: string }>().csrfToken;
    const officers = await db
      .selectFrom('account')
      .select(['id', 'username'])
      .where('username', 'in', ['officer1', 'officer2', 'approver'])
      .execute();
    const idOf = (u: string) => officers.find((o) => o.username === u)?.id ?? '';
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: `sanxiang_session=${cookie?.value ?? ''}`, 'x-csrf-token': csrf },
      payload: {
        kind: 'penalty',
        title: '某公司超标排放废水案',
        party: {
          type: 'organization',
          name: '清远市某某化工有限公司',
          creditCode: '91441800123456788U',
          legalRepresentative: '张三',
        },
        officerIds: [idOf('officer1'), idOf('officer2')],
      },
    });
    if (created.statusCode !== 201) throw new Error(`case: ${created.statusCode} ${created.body}`);
    const caseId = created.json<{ id: string }>().id;
    const departments = (
      await db
        .selectFrom('department')
        .select(['id', 'name'])
        .where('name', 'in', ['执法一科', '执法二科', '清城分局', '清新分局', '英德分局', '佛冈分局'])
        .orderBy('sortOrder')
        .execute()
    ).map((d) => d.id);
    const ctx: Ctx = {
      db,
      dialect,
      caseId,
      publisherId: idOf('approver'),
      departments,
      bodyName: config.bodyName,
    };

    // the data
    console.log(
      `Loading ${DECISIONS.toLocaleString('en-US')} published decisions into ${dialect}` +
        `${schema ? ` (schema ${schema})` : ''}, ${BATCH} per transaction…`,
    );
    const t0 = performance.now();
    for (let from = 0; from < DECISIONS; from += BATCH) {
      await loadBatch(ctx, from, Math.min(DECISIONS, from + BATCH));
      if ((from / BATCH) % 10 === 9)
        process.stdout.write(
          `  ${(from + BATCH).toLocaleString('en-US')} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`,
        );
    }
    const loadSeconds = (performance.now() - t0) / 1000;
    // PostgreSQL's autovacuum would vacuum and analyze the new rows soon; do it now, deterministically
    if (dialect === 'postgres')
      await sql`vacuum (analyze) public_decision, disclosure, disclosure_version, department`.execute(db);
    const sizes = await databaseSize(db, dialect, config, schema);

    // the measurement
    await app.listen({ port: 0, host: '127.0.0.1' });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const portOf = (server: http.Server) => {
      const a = server.address();
      return typeof a === 'object' && a ? a.port : 0;
    };
    const appPort = portOf(app.server);
    const barePort = portOf(bare.server);
    const results: (string | number)[][] = [];
    let bareP95 = NaN;
    for (const query of QUERIES) {
      const port = query.url === '/bare' ? barePort : appPort;
      const first = await get(port, query.url);
      const total =
        query.url === '/bare'
          ? ''
          : (JSON.parse(first.body) as { total: number }).total.toLocaleString('en-US');
      await measure(port, query.url, Math.max(20, Math.floor(REQUESTS / 10)), BUDGET_MS / 10); // warm-up
      const m = await measure(port, query.url, REQUESTS, BUDGET_MS);
      if (query.url === '/bare') bareP95 = m.p95;
      results.push([
        query.q ? `q=${query.q}` : query.url,
        query.label,
        total,
        m.n,
        ms(m.p50),
        ms(m.p95),
        ms(m.p99),
        (m.p95 / bareP95).toFixed(1),
      ]);
    }
    console.log(
      `\n${dialect}: ${DECISIONS.toLocaleString('en-US')} decisions loaded in ${loadSeconds.toFixed(1)} s ` +
        `(${Math.round(DECISIONS / loadSeconds).toLocaleString('en-US')}/s); ${sizes}\n` +
        `${REQUESTS} sequential keep-alive requests per query (fewer when they take over ${BUDGET_MS / 1000} s), ` +
        `first page (pageSize 20), node ${process.version}\n`,
    );
    table(['query', 'what', 'matches', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'p95/bare'], results);

    await republish(ctx);

    if (PLANS) plansDb = await analyse(config, dialect, schema);
  } finally {
    await plansDb?.destroy();
    await bare.close();
    await app.close();
    await services.database.close();
    agent.destroy();
  }
}

/**
 * The write path at scale: `savePublic` of decisions already listed (a re-publication), each in its
 * own transaction; on SQLite also the same rows written with the FTS row deleted by its rowid.
 */
async function republish(ctx: Ctx) {
  // the listing rows as `publish` passes them (PostgreSQL's generated search_vector left out)
  const rows = (await ctx.db.selectFrom('publicDecision').selectAll().orderBy('id').limit(20).execute()).map(
    (r) => {
      const { searchVector: _generated, ...row } = r as typeof r & { searchVector?: unknown };
      return row;
    },
  );
  const timed = async (f: (row: (typeof rows)[number]) => Promise<void>) => {
    const times: number[] = [];
    for (const row of rows) {
      const t0 = performance.now();
      await f(row);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return `p50 ${ms(percentile(times, 50))} ms, max ${ms(percentile(times, 100))} ms`;
  };
  console.log(
    `\nsavePublic of an already listed decision (re-publication), ${rows.length} times: ` +
      (await timed((row) =>
        ctx.db.transaction().execute((tx) => disclosureRepository.savePublic(tx, ctx.dialect, row)),
      )),
  );
}

async function databaseSize(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  config: ReturnType<typeof parseConfig>,
  schema: string | undefined,
): Promise<string> {
  if (config.database.kind === 'sqlite') {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    const file = config.database.file;
    const total =
      fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
    const parts = await sql<{ name: string; bytes: number }>`
      select name, sum(pgsize) as bytes from dbstat
      where name in ('public_decision', 'public_decision_order', 'public_decision_kind')
         or name like 'public_decision_fts%'
      group by name order by name`
      .execute(db)
      .then((r) => r.rows)
      .catch(() => []);
    const fts = parts
      .filter((p) => p.name.startsWith('public_decision_fts'))
      .reduce((s, p) => s + p.bytes, 0);
    const listing = parts
      .filter((p) => !p.name.startsWith('public_decision_fts'))
      .reduce((s, p) => s + p.bytes, 0);
    return `database file ${mib(total)} (public_decision with its indexes ${mib(listing)}, FTS5 index ${mib(fts)})`;
  }
  void dialect;
  const rows = await sql<{ relname: string; bytes: number }>`
    select c.relname, pg_total_relation_size(c.oid)::bigint as bytes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema ?? 'public'} and c.relkind = 'r'`.execute(db);
  const total = rows.rows.reduce((s, r) => s + Number(r.bytes), 0);
  const listing = Number(rows.rows.find((r) => r.relname === 'public_decision')?.bytes ?? 0);
  const gin = await sql<{
    bytes: number;
  }>`select pg_relation_size('public_decision_search_vector')::bigint as bytes`.execute(db);
  return `schema ${mib(total)} (public_decision with its indexes and TOAST ${mib(listing)}, GIN index ${mib(Number(gin.rows[0]?.bytes ?? 0))})`;
}

/** Times a statement SQL_REPS times (fewer past 30 s); returns the timings and the last rows. */
async function timeSql(db: Kysely<Database>, query: CompiledQuery) {
  const times: number[] = [];
  let rows: unknown[] = [];
  const start = performance.now();
  while (times.length < SQL_REPS && (times.length < 3 || performance.now() - start < 30_000)) {
    const t0 = performance.now();
    rows = (await db.executeQuery(query)).rows;
    times.push(performance.now() - t0);
  }
  return { ...summary(times), rows };
}

async function explain(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  name: string,
  q: CompiledQuery,
  showSql = true,
) {
  const prefix = dialect === 'sqlite' ? 'explain query plan ' : 'explain (analyze, buffers) ';
  const plan = await db.executeQuery(CompiledQuery.raw(prefix + q.sql, [...q.parameters]));
  console.log(`-- ${name}${showSql ? `: ${q.sql}` : ''}`);
  for (const row of plan.rows as { detail?: string; 'QUERY PLAN'?: string }[]) {
    const line = row.detail ?? row['QUERY PLAN'] ?? '';
    // PostgreSQL: the lines that say where the time goes
    if (
      dialect === 'sqlite' ||
      /Scan|Sort|Join|Nested|Recheck|Filter|Heap Blocks|Execution Time|Buffers: shared hit=\d+ read/.test(
        line,
      )
    )
      console.log(`   ${line}`);
  }
}

/**
 * The listing's SQL as the repository sends it (captured through Kysely's log on a second
 * connection) with its plan, and timed directly.
 */
async function analyse(
  config: ReturnType<typeof parseConfig>,
  dialect: 'sqlite' | 'postgres',
  schema: string | undefined,
): Promise<Kysely<Database>> {
  let capture: CompiledQuery[] | undefined;
  const log = (e: { level: string; query: CompiledQuery }) => {
    if (e.level === 'query') capture?.push(e.query);
  };
  const db =
    config.database.kind === 'sqlite'
      ? new Kysely<Database>({
          dialect: new SqliteDialect({ database: new SQLite(config.database.file) }),
          plugins: [new CamelCasePlugin()],
          log,
        })
      : new Kysely<Database>({
          dialect: new PostgresDialect({
            pool: new pg.Pool({
              connectionString: config.database.url,
              max: 1,
              ...(schema ? { options: `-c search_path=${schema}` } : {}),
            }),
          }),
          plugins: [new CamelCasePlugin()],
          log,
        });
  const current = new Map<string | undefined, { count: CompiledQuery; items: CompiledQuery }>();
  for (const query of QUERIES.filter((x) => x.url !== '/bare')) {
    capture = [];
    await disclosureRepository.publicList(db, dialect, query.q ? { q: query.q } : {}, 1, 20);
    const [count, items] = capture;
    capture = undefined;
    if (!count || !items) throw new Error('the listing sent no count and items queries');
    current.set(query.q, { count, items });
  }

  console.log(`\n== Plans of the listing's SQL now (${dialect})`);
  for (const query of QUERIES.filter((x) => x.q)) {
    const now = current.get(query.q);
    if (!now) continue;
    console.log(`\nq=${query.q}`);
    await explain(db, dialect, 'count', now.count);
    await explain(db, dialect, 'items', now.items);
  }

  // the current SQL, timed before the change
  const before = new Map<
    string | undefined,
    { count: Awaited<ReturnType<typeof timeSql>>; items: Awaited<ReturnType<typeof timeSql>> }
  >();
  for (const [q, now] of current)
    before.set(q, { count: await timeSql(db, now.count), items: await timeSql(db, now.items) });

  const rows: (string | number)[][] = [];
  for (const [q, was] of before) {
    const n = (r: unknown[]) => Number((r[0] as { n?: unknown } | undefined)?.n);
    rows.push([
      q ? `q=${q}` : 'no q',
      n(was.count.rows).toLocaleString('en-US'),
      `${ms(was.count.p50)} / ${ms(was.count.p95)}`,
      `${ms(was.items.p50)} / ${ms(was.items.p95)}`,
    ]);
  }
  console.log(`\nThe SQL timed directly (not over HTTP), p50 / p95 ms over up to ${SQL_REPS} runs each:\n`);
  table(['query', 'matches', 'count', 'items'], rows);
  return db;
}

await main();
