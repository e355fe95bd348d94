import type { Client, TestApp } from './app.js';

/** A valid unified social credit code and resident ID numbers (check characters computed per GB 32100 / GB 11643). */
export const CREDIT_CODE = '91441800123456788U';
export const CREDIT_CODE_2 = '91441802MA4W12346K';
export const PERSON_ID = '441802199003071235';
export const PERSON_ID_2 = '441802200002294563';

export async function userId(t: TestApp, username: string): Promise<string> {
  const row = await t.services.database.db
    .selectFrom('account')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function caseBody(t: TestApp, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'penalty',
    title: '某公司超标排放废水案',
    party: {
      type: 'organization',
      name: '清远市某某化工有限公司',
      creditCode: CREDIT_CODE,
      legalRepresentative: '张三',
      address: '清远市清城区某路1号',
      phone: '0763-1234567',
    },
    officerIds: [await userId(t, 'officer1'), await userId(t, 'officer2')],
    ...overrides,
  };
}

/** `officer1` opens a penalty case; returns its id and number. */
export async function buildCase(t: TestApp, officer: Client, overrides: Record<string, unknown> = {}) {
  const res = await officer.post('/api/v1/cases', await caseBody(t, overrides));
  if (res.statusCode !== 201) throw new Error(`case creation failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string; number: string; stage: string }>();
}

/** A tiny but real MP4 header (ftyp box) followed by payload bytes. */
export function mp4Bytes(payload = 'enforcement video'): Buffer {
  const ftyp = Buffer.from([
    0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0x00, 0x00, 0x02, 0x00, 0x69,
    0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x31,
  ]);
  return Buffer.concat([ftyp, Buffer.from(payload)]);
}

/** A multipart/form-data body, fields first then the file. */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; bytes: Buffer; type?: string },
) {
  const boundary = `----sanxiang${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
    );
    parts.push(file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function uploadMedia(
  officer: Client,
  caseId: string,
  fields: Record<string, string>,
  bytes = mp4Bytes(),
) {
  const body = multipart(fields, { name: 'clip.mp4', bytes });
  return officer.request('POST', `/api/v1/cases/${caseId}/media`, body.payload, {
    'content-type': body.contentType,
  });
}

/** A case closed the short way: terminated with approval, closing record, archived. */
export async function archivedCase(t: TestApp, officer: Client, head: Client) {
  const c = await buildCase(t, officer);
  const term = (
    await officer.post(`/api/v1/cases/${c.id}/approvals`, { kind: 'termination', reason: '违法事实不能成立' })
  ).json<{ id: string }>();
  await head.post(`/api/v1/approvals/${term.id}/decide`, { grant: true, reason: '同意终止' });
  await officer.post(`/api/v1/cases/${c.id}/records`, {
    type: 'closing_approval',
    title: '结案审批表',
    content: '终止结案',
  });
  const res = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'archived' });
  if (res.statusCode !== 200) throw new Error(`archiving failed: ${res.body}`);
  return c;
}

/** A penalty case moved to 审核决定 (inspection record, its video, the investigation report). */
export async function caseReadyForDecision(t: TestApp, officer: Client, head: Client) {
  const c = await buildCase(t, officer);
  await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
  await officer.post(`/api/v1/cases/${c.id}/records`, {
    type: 'onsite_inspection_record',
    title: '现场检查笔录',
    content: '检查',
  });
  const capturedAt = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
  await uploadMedia(officer, c.id, { activity: 'onsite_inspection', capturedAt });
  await officer.post(`/api/v1/cases/${c.id}/records`, {
    type: 'investigation_report',
    title: '案件调查报告',
    content: '终结',
  });
  const moved = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'decision' });
  if (moved.statusCode !== 200) throw new Error(`advance failed: ${moved.body}`);
  return c;
}

/** A case in 审核决定 with a prior notice proposing `fine` and the party's waiver of statement and hearing. */
export async function caseInDecision(t: TestApp, officer: Client, head: Client, fine = 1000) {
  const c = await caseReadyForDecision(t, officer, head);
  const notice = await officer.post(`/api/v1/cases/${c.id}/records`, {
    type: 'prior_notice',
    title: '告知书',
    content: '拟罚款',
    // the notice tells the hearing right (required from 5,000 / 100,000 元, APL Art. 63)
    fields: { penalties: [{ type: 'fine', amount: fine }], hearingRight: true },
  });
  if (notice.statusCode !== 201) throw new Error(`prior notice: ${notice.statusCode} ${notice.body}`);
  // the party's written waiver answers the notice and shows that it was received
  const waiver = await officer.post(`/api/v1/cases/${c.id}/records`, {
    type: 'statement_waiver',
    title: '声明',
    content: '放弃',
  });
  if (waiver.statusCode !== 201) throw new Error(`waiver: ${waiver.statusCode} ${waiver.body}`);
  return c;
}

/** A decision body; its 文号 is issued by the system (清环罚〔2026〕N号). */
export const decisionDraft = (fine: number) => ({
  summary: '超标排放',
  facts: '超标排放水污染物。',
  basis: '《中华人民共和国水污染防治法》第八十三条',
  decidedOn: '2026-11-26',
  penalties: [{ type: 'fine', amount: fine }],
});

/** A 集体讨论 record that counts: attendees, each one's opinion and the conclusion (APL Art. 57). */
export const collectiveDiscussion = (conclusion = '同意按拟处理意见作出决定。') => ({
  type: 'collective_discussion',
  title: '案件集体讨论笔录',
  content: '集体讨论。',
  fields: {
    heldAt: '2026-11-26T10:00:00+08:00',
    location: '局三楼会议室',
    chair: '陈局长',
    attendees: ['陈局长', '王副局长', '李科长'],
    recorder: '王芳',
    briefing: '承办人汇报案情及法制审核意见。',
    opinions: [
      { speaker: '陈局长', opinion: '同意' },
      { speaker: '王副局长', opinion: '同意' },
    ],
    conclusion,
  },
});

/**
 * `officer` submits a legal review of `draft` and `reviewer` approves it on all seven points; checks
 * both answers (201, then 200).
 */
export async function approvedReview(
  officer: Client,
  reviewer: Client,
  caseId: string,
  draft: Record<string, unknown>,
): Promise<void> {
  const review = await officer.post(`/api/v1/cases/${caseId}/legal-reviews`, { draft });
  if (review.statusCode !== 201) throw new Error(`review: ${review.statusCode} ${review.body}`);
  const opinion = await reviewer.post(`/api/v1/legal-reviews/${review.json<{ id: string }>().id}/opinion`, {
    outcome: 'approved',
    checklist: Object.fromEntries(
      ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'].map((k) => [
        k,
        true,
      ]),
    ),
    opinion: '同意',
  });
  if (opinion.statusCode !== 200) throw new Error(`opinion: ${opinion.statusCode} ${opinion.body}`);
}

/** A case decided without a legal review (a fine below the catalog's thresholds): its disclosure draft exists. */
export async function decidedCase(
  t: TestApp,
  officer: Client,
  head: Client,
  fine = 1000,
  body = decisionDraft(fine),
) {
  const c = await caseInDecision(t, officer, head, fine);
  const res = await head.post(`/api/v1/cases/${c.id}/decision`, body);
  if (res.statusCode !== 201) throw new Error(`decision: ${res.statusCode} ${res.body}`);
  return c;
}

/** The disclosure draft of a decided case (the contract's POST answers 200 with the draft the decision made). */
export async function disclosureOf(filler: Client, caseId: string): Promise<string> {
  const res = await filler.post('/api/v1/disclosures', { caseId });
  if (res.statusCode !== 200 && res.statusCode !== 201)
    throw new Error(`disclosure: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** Moves a disclosure along 填报 → 审核 → 审批 up to `to`. */
export async function disclosureAt(
  t: TestApp,
  caseId: string,
  to: 'draft' | 'submitted' | 'checked' | 'published' | 'withdrawn',
): Promise<string> {
  const filler = await t.login('filler');
  const id = await disclosureOf(filler, caseId);
  const steps: [string, Client, string, Record<string, unknown> | undefined][] = [
    ['submitted', filler, 'submit', undefined],
    ['checked', await t.login('checker'), 'check', { ok: true }],
    ['published', await t.login('approver'), 'approve', undefined],
    ['withdrawn', await t.login('approver'), 'withdraw', { reason: '决定已被撤销' }],
  ];
  const order = ['draft', 'submitted', 'checked', 'published', 'withdrawn'];
  for (const [state, client, action, body] of steps) {
    if (order.indexOf(state) > order.indexOf(to)) break;
    const res = await client.post(`/api/v1/disclosures/${id}/${action}`, body);
    if (res.statusCode !== 200) throw new Error(`${action}: ${res.statusCode} ${res.body}`);
  }
  return id;
}

/** A case whose 立案 the head approved (调查 stage). */
export async function caseUnderInvestigation(t: TestApp, officer: Client, head: Client) {
  const c = await buildCase(t, officer);
  const res = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
  if (res.statusCode !== 200) throw new Error(`advance: ${res.statusCode} ${res.body}`);
  return c;
}

/** An on-site recording captured an hour before the test clock, uploaded to a case: the stored media. */
export async function recordingOf(t: TestApp, officer: Client, caseId: string, bytes = mp4Bytes()) {
  const res = await uploadMedia(
    officer,
    caseId,
    {
      activity: 'onsite_inspection',
      capturedAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(),
    },
    bytes,
  );
  if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string; sha256: string; sm3: string | null }>();
}

/** A minimal PDF file (what `file-type` recognises as application/pdf). */
export function pdfBytes(text = 'Sanxiang'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** The enforcement body's department id (the root of the tree). */
export async function rootDepartmentId(t: TestApp): Promise<string> {
  return (await t.services.org.listDepartments()).find((d) => d.parentId === null)?.id ?? '';
}

/**
 * A 事前公开 item moved along 填报 → 审核 → 审批 up to `to` by filler, checker and approver
 * (`published` twice: a second version over the first).
 */
export async function preDisclosureAt(
  t: TestApp,
  to: 'draft' | 'submitted' | 'checked' | 'published' | 'republished',
  input: { section?: string; title?: string; body?: Record<string, unknown> } = {},
): Promise<string> {
  const filler = await t.login('filler');
  const checker = await t.login('checker');
  const approver = await t.login('approver');
  const created = await filler.post('/api/v1/pre-disclosures', {
    section: input.section ?? 'remedies',
    title: input.title ?? '监督投诉与救济渠道',
    departmentId: await departmentOf(t, 'filler'),
    body: input.body ?? {
      intro: '对行政执法行为有异议的，可通过以下渠道反映。',
      fields: [{ label: '投诉电话', value: '0763-12345' }],
    },
  });
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`);
  const id = created.json<{ id: string }>().id;
  const order = ['draft', 'submitted', 'checked', 'published', 'republished'];
  const rounds = to === 'republished' ? 2 : 1;
  for (let round = 0; round < rounds; round += 1) {
    if (round === 1) {
      const edited = await filler.put(`/api/v1/pre-disclosures/${id}`, {
        body: { intro: '第二版：对行政执法行为有异议的，可通过以下渠道反映。' },
      });
      if (edited.statusCode !== 200) throw new Error(`edit: ${edited.statusCode} ${edited.body}`);
    }
    const steps: [string, Client, string, Record<string, unknown> | undefined][] = [
      ['submitted', filler, 'submit', undefined],
      ['checked', checker, 'check', { ok: true }],
      ['published', approver, 'approve', undefined],
    ];
    for (const [state, client, action, body] of steps) {
      if (order.indexOf(state) > order.indexOf(to)) break;
      const res = await client.post(`/api/v1/pre-disclosures/${id}/${action}`, body);
      if (res.statusCode !== 200) throw new Error(`${action}: ${res.statusCode} ${res.body}`);
    }
  }
  return id;
}

/** The department of a user (by username). */
export async function departmentOf(t: TestApp, username: string): Promise<string> {
  const row = await t.services.database.db
    .selectFrom('account')
    .select('departmentId')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.departmentId;
}
