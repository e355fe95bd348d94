import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/shared/roles.js';
import { Client, createTestApp, errorCode, type TestApp } from './support/app.js';
import {
  archivedCase,
  caseInDecision,
  decidedCase,
  disclosureAt,
  decisionDraft,
  buildCase,
  caseBody,
  mp4Bytes,
  multipart,
  departmentOf,
  pdfBytes,
  preDisclosureAt,
  uploadMedia,
  userId as userIdOf,
} from './support/factories.js';

/**
 * Every endpoint × every role. The expectations are written out here, independently of the
 * permission table in the code, so a change of who may do what shows up as a failing test.
 */
const USER_OF: Record<Role, string> = {
  admin: 'admin',
  officer: 'officer1',
  legal_reviewer: 'reviewer',
  filler: 'filler',
  checker: 'checker',
  approver: 'approver',
  head: 'head',
  supervisor: 'supervisor',
};

type Ctx = {
  deptId: string;
  userId: string;
  certId: string;
  rootId: string;
  caseId: string;
  newCaseId: string;
  recordId: string;
  signRecordId: string;
  sealRecordId: string;
  mediaId: string;
  periodId: string;
  approvalId: string;
  officer2Id: string;
  clueId: string;
  clueToFile: string;
  clueToReject: string;
  clueToTransfer: string;
  evidenceId: string;
  uploadToPatch: string;
  uploadToDelete: string;
  archivedId: string;
  checklistId: string;
  fullScores: { key: string; score: number }[];
  reviewSubmitCaseId: string;
  reviewToExtend: string;
  reviewToOpine: string;
  reviewOpined: string;
  reviewToDispute: string;
  reviewToCoordinate: string;
  reviewToDeclare: string;
  decideCaseId: string;
  decidedCaseId: string;
  seizureId: string;
  orderToRecheck: string;
  orderNotCorrected: string;
  payCaseId: string;
  handInCaseId: string;
  handInPaymentId: string;
  demandCaseId: string;
  courtCaseId: string;
  decidedForDisclosure: string;
  disclosureDraft: string;
  preDraft: string;
  fillerDeptId: string;
  prePowers: string;
  preToSubmit: string;
  preToCheck: string;
  preToApprove: string;
  preToReturn: string;
  preToWithdraw: string;
  prePublished: string;
  preAttachment: string;
  disclosureToSubmit: string;
  disclosureToHold: string;
  disclosureToCheck: string;
  disclosureToApprove: string;
  disclosureToReturn: string;
  disclosureToWithdraw: string;
  disclosureToReopen: string;
  publishedId: string;
  correctionId: string;
  trackingCode: string;
  tokenId: string;
  creditToken: string;
};
type Case = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  route: string;
  url: (c: Ctx) => string;
  body?: (c: Ctx) => unknown;
  headers?: (c: Ctx) => Record<string, string>;
  /** 'token': an integrator's bearer token, no session (401 without it, whoever is signed in). */
  allowed: readonly Role[] | 'public' | 'staff' | 'token';
  ok: number;
};

const uniq = () => randomUUID().slice(0, 8);
/** Who may see a case of 执法一科: its assigned officer, the case-wide functions, the bureau's leaders, and staff of 执法一科. */
const CASE_READERS: Role[] = ['officer', 'legal_reviewer', 'head', 'supervisor', 'filler', 'approver'];
/** Lists filter by scope rather than refuse: every role that reads cases gets a list. */
const LIST_READERS: Role[] = [
  'officer',
  'legal_reviewer',
  'head',
  'supervisor',
  'filler',
  'checker',
  'approver',
];
/** Disclosures: the publicity staff, heads and supervisors (each in their scope). */
const DISCLOSURE_READERS: Role[] = ['filler', 'checker', 'approver', 'head', 'supervisor'];
const CASES: Case[] = [
  { method: 'GET', route: '/api/v1/health', url: () => '/api/v1/health', allowed: 'public', ok: 200 },
  {
    method: 'GET',
    route: '/api/v1/public/site',
    url: () => '/api/v1/public/site',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    url: () => '/api/v1/auth/login',
    body: () => ({ username: 'head', password: 'demo12345' }),
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    url: () => '/api/v1/auth/logout',
    allowed: 'staff',
    ok: 204,
  },
  { method: 'GET', route: '/api/v1/auth/me', url: () => '/api/v1/auth/me', allowed: 'staff', ok: 200 },
  {
    method: 'POST',
    route: '/api/v1/auth/password',
    url: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: 'demo12345', newPassword: 'demo12345' }),
    allowed: 'staff',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/days/:date',
    url: () => '/api/v1/calendar/days/2026-10-01',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/add-working-days',
    url: () => '/api/v1/calendar/add-working-days?from=2026-09-30&days=3',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/years',
    url: () => '/api/v1/calendar/years',
    allowed: 'staff',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/years/:year',
    url: () => '/api/v1/calendar/years/2026',
    allowed: 'staff',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/calendar/years',
    url: () => '/api/v1/calendar/years',
    body: () => ({ year: 2031, days: [{ name: '元旦', date: '2031-01-01', isOffDay: true }] }),
    allowed: ['admin'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/departments',
    url: () => '/api/v1/departments',
    allowed: 'staff',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/departments',
    url: () => '/api/v1/departments',
    body: (c) => ({ name: `科室${uniq()}`, parentId: c.rootId, kind: 'department' }),
    allowed: ['admin'],
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/departments/:id',
    url: (c) => `/api/v1/departments/${c.deptId}`,
    body: () => ({ sortOrder: 5 }),
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'DELETE',
    route: '/api/v1/departments/:id',
    url: () => `/api/v1/departments/${randomUUID()}`,
    allowed: ['admin'],
    ok: 404,
  },
  {
    method: 'GET',
    route: '/api/v1/users',
    url: () => '/api/v1/users',
    allowed: ['admin', 'head', 'supervisor'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/users',
    url: () => '/api/v1/users',
    body: (c) => ({
      username: `u${uniq()}`,
      name: '测试',
      password: 'abc12345',
      departmentId: c.deptId,
      roles: ['officer'],
    }),
    allowed: ['admin'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/users/:id',
    url: (c) => `/api/v1/users/${c.userId}`,
    allowed: ['admin', 'head', 'supervisor'],
    ok: 200,
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/:id',
    url: (c) => `/api/v1/users/${c.userId}`,
    body: () => ({ name: '测试改' }),
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/password',
    url: (c) => `/api/v1/users/${c.userId}/password`,
    body: () => ({ newPassword: 'reset12345' }),
    allowed: ['admin'],
    ok: 204,
  },
  { method: 'GET', route: '/api/v1/officers', url: () => '/api/v1/officers', allowed: 'staff', ok: 200 },
  {
    method: 'POST',
    route: '/api/v1/officers',
    url: () => '/api/v1/officers',
    body: (c) => ({
      accountId: c.userId,
      certificateNo: `X${uniq()}`,
      category: '生态环境',
      issuer: '广东省人民政府',
      issuedOn: '2025-01-01',
      validUntil: '2028-12-31',
    }),
    allowed: ['admin'],
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/officers/:id',
    url: (c) => `/api/v1/officers/${c.certId}`,
    body: () => ({ category: '生态环境保护' }),
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/officers/:certificateNo',
    url: () => '/api/v1/public/officers/44180001',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/officers',
    url: () => '/api/v1/public/officers?q=4418',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/officer-filters',
    url: () => '/api/v1/public/officer-filters',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/officers/:certificateNo/qr.svg',
    url: () => '/api/v1/public/officers/44180001/qr.svg',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/officers/:certificateNo/qr.png',
    url: () => '/api/v1/public/officers/44180001/qr.png',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/audit/verify',
    url: () => '/api/v1/audit/verify',
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/audit/entries',
    url: () => '/api/v1/audit/entries',
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/parameters',
    url: () => '/api/v1/parameters',
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'PUT',
    route: '/api/v1/parameters/:key',
    url: () => '/api/v1/parameters/media.storageRule',
    body: () => ({ value: 'hours24' }),
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases',
    url: () => '/api/v1/cases',
    body: (c) => caseBodyFor(c),
    allowed: ['officer'],
    ok: 201,
  },
  { method: 'GET', route: '/api/v1/cases', url: () => '/api/v1/cases', allowed: LIST_READERS, ok: 200 },
  {
    method: 'GET',
    route: '/api/v1/cases/:id',
    url: (c) => `/api/v1/cases/${c.caseId}`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/advance',
    url: (c) => `/api/v1/cases/${c.newCaseId}/advance`,
    body: () => ({ to: 'investigation' }),
    allowed: ['head'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/officers',
    url: (c) => `/api/v1/cases/${c.caseId}/officers`,
    body: (c) => ({ accountId: c.officer2Id }),
    allowed: ['head'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/timeline',
    url: (c) => `/api/v1/cases/${c.caseId}/timeline`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/periods',
    url: (c) => `/api/v1/cases/${c.caseId}/periods`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/periods',
    url: (c) => `/api/v1/cases/${c.caseId}/periods`,
    body: () => ({ kind: 'testing', startedOn: '2026-11-26', note: '委托检测' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/periods/:periodId/end',
    url: (c) => `/api/v1/cases/${c.caseId}/periods/${c.periodId}/end`,
    body: () => ({ endedOn: '2026-11-26' }),
    allowed: ['officer'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/approvals',
    url: (c) => `/api/v1/cases/${c.caseId}/approvals`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/approvals',
    url: (c) => `/api/v1/cases/${c.caseId}/approvals`,
    body: () => ({ kind: 'decision_extension', reason: '案情复杂', payload: { days: 10 } }),
    allowed: ['officer'],
    ok: 201,
  },
  { method: 'GET', route: '/api/v1/approvals', url: () => '/api/v1/approvals', allowed: ['head'], ok: 200 },
  {
    method: 'GET',
    route: '/api/v1/approvals/filings',
    url: () => '/api/v1/approvals/filings',
    allowed: ['head'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/approvals/:id/decide',
    url: (c) => `/api/v1/approvals/${c.approvalId}/decide`,
    body: () => ({ grant: false, reason: '理由不充分' }),
    allowed: ['head'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/deadlines',
    url: () => '/api/v1/deadlines',
    allowed: LIST_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/record-templates',
    url: () => '/api/v1/record-templates',
    allowed: LIST_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/records',
    url: (c) => `/api/v1/cases/${c.caseId}/records`,
    body: () => ({ type: 'inquiry_record', title: '询问笔录', content: '问：…答：…' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/records',
    url: (c) => `/api/v1/cases/${c.caseId}/records`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/records/:id',
    url: (c) => `/api/v1/records/${c.recordId}`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/records/:id/versions',
    url: (c) => `/api/v1/records/${c.recordId}/versions`,
    body: () => ({ title: '现场检查笔录（更正）', content: '更正后的内容' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/records/:id/sign',
    url: (c) => `/api/v1/records/${c.signRecordId}/sign`,
    allowed: ['officer'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/records/:id/seal',
    url: (c) => `/api/v1/records/${c.sealRecordId}/seal`,
    allowed: ['officer'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/records/:id/document',
    url: (c) => `/api/v1/records/${c.recordId}/document`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/media',
    url: (c) => `/api/v1/cases/${c.caseId}/media`,
    body: () => mediaUpload,
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/media',
    url: (c) => `/api/v1/cases/${c.caseId}/media`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/media/:id/content',
    url: (c) => `/api/v1/media/${c.mediaId}/content`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/case-file',
    url: (c) => `/api/v1/cases/${c.caseId}/case-file`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/archive',
    url: (c) => `/api/v1/cases/${c.caseId}/archive`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/clues',
    url: () => '/api/v1/clues',
    body: () => ({ source: 'complaint', title: '投诉', description: '异味', discoveredOn: '2026-11-25' }),
    allowed: ['officer'],
    ok: 201,
  },
  { method: 'GET', route: '/api/v1/clues', url: () => '/api/v1/clues', allowed: LIST_READERS, ok: 200 },
  {
    method: 'GET',
    route: '/api/v1/clues/:id',
    url: (c) => `/api/v1/clues/${c.clueId}`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/clues/:id/file',
    url: (c) => `/api/v1/clues/${c.clueToFile}/file`,
    body: (c) => {
      const b = caseBodyFor(c) as Record<string, unknown>;
      return { kind: b.kind, title: b.title, party: b.party, officerIds: b.officerIds };
    },
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/clues/:id/reject',
    url: (c) => `/api/v1/clues/${c.clueToReject}/reject`,
    body: () => ({ reason: '不存在违法行为' }),
    allowed: ['head'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/clues/:id/transfer',
    url: (c) => `/api/v1/clues/${c.clueToTransfer}/transfer`,
    body: () => ({ to: '公安机关', receipt: '回执1号' }),
    allowed: ['head'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/clues/:id/extend',
    url: (c) => `/api/v1/clues/${c.clueId}/extend`,
    body: () => ({ reason: '需核查' }),
    allowed: ['head'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/evidence',
    url: (c) => `/api/v1/cases/${c.caseId}/evidence`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/evidence',
    url: (c) => `/api/v1/cases/${c.caseId}/evidence`,
    body: () => ({
      evidenceType: 'documentary',
      title: '排污许可证复印件',
      description: '',
      source: '当事人提供',
      collectedOn: '2026-11-26',
    }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/evidence/:id/preservation-decision',
    url: (c) => `/api/v1/evidence/${c.evidenceId}/preservation-decision`,
    body: () => ({ outcome: 'record_and_return', decidedOn: '2026-11-26' }),
    allowed: ['officer'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/uploads',
    url: () => '/api/v1/uploads',
    headers: (c) => ({
      'tus-resumable': '1.0.0',
      'upload-length': '100',
      'upload-metadata': tusMeta(c.caseId),
    }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/uploads/:uploadId',
    url: (c) => c.uploadToPatch,
    body: () => mp4Bytes().subarray(0, 10),
    headers: () => ({
      'tus-resumable': '1.0.0',
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    }),
    allowed: ['officer'],
    ok: 204,
  },
  {
    method: 'DELETE',
    route: '/api/v1/uploads/:uploadId',
    url: (c) => c.uploadToDelete,
    headers: () => ({ 'tus-resumable': '1.0.0' }),
    allowed: ['officer'],
    ok: 204,
  },
  {
    method: 'GET',
    route: '/api/v1/evaluation-checklist',
    url: () => '/api/v1/evaluation-checklist',
    allowed: LIST_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/evaluation-checklist',
    url: () => '/api/v1/evaluation-checklist',
    body: () => ({ name: '评查表', source: '本局', items: [{ key: 'all', label: '总体', maxScore: 100 }] }),
    allowed: ['legal_reviewer'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/evaluations',
    url: (c) => `/api/v1/cases/${c.archivedId}/evaluations`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/evaluations',
    url: (c) => `/api/v1/cases/${c.archivedId}/evaluations`,
    body: (c) => ({ checklistId: c.checklistId, scores: c.fullScores, comment: '' }),
    allowed: ['legal_reviewer', 'supervisor'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/public/legal-review-catalog',
    url: () => '/api/v1/public/legal-review-catalog',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/review-catalog',
    url: () => '/api/v1/review-catalog',
    body: () => ({
      rules: [
        {
          id: 'revoke',
          kind: 'penalty_type',
          penaltyTypes: ['revoke_license'],
          text: '吊销许可证件',
          source: '《行政处罚法》第五十八条',
        },
      ],
    }),
    allowed: ['legal_reviewer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/legal-reviews',
    url: (c) => `/api/v1/cases/${c.reviewSubmitCaseId}/legal-reviews`,
    body: () => ({ draft: decisionDraft(300000) }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/legal-reviews',
    url: (c) => `/api/v1/cases/${c.caseId}/legal-reviews`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/legal-reviews',
    url: () => '/api/v1/legal-reviews',
    allowed: ['legal_reviewer', 'head', 'supervisor'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/legal-reviews/:id',
    url: (c) => `/api/v1/legal-reviews/${c.reviewOpined}`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/legal-reviews/:id/opinion.docx',
    url: (c) => `/api/v1/legal-reviews/${c.reviewOpined}/opinion.docx`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/legal-reviews/:id/conflict',
    url: (c) => `/api/v1/legal-reviews/${c.reviewToDeclare}/conflict`,
    body: () => ({ reason: '与当事人有亲属关系' }),
    allowed: ['legal_reviewer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/legal-reviews/:id/dispute',
    url: (c) => `/api/v1/legal-reviews/${c.reviewToDispute}/dispute`,
    body: () => ({ position: '事实清楚，证据充分' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/legal-reviews/:id/coordination',
    url: (c) => `/api/v1/legal-reviews/${c.reviewToCoordinate}/coordination`,
    body: () => ({ decision: 'uphold_opinion', reason: '按审核意见补正' }),
    allowed: ['head'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/decision/check',
    url: (c) => `/api/v1/cases/${c.decideCaseId}/decision/check`,
    body: () => decisionDraft(300000),
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/review/reviewers',
    url: () => '/api/v1/review/reviewers',
    allowed: ['admin', 'head', 'legal_reviewer', 'supervisor'],
    ok: 200,
  },
  {
    method: 'PUT',
    route: '/api/v1/users/:id/legal-qualification',
    url: (c) => `/api/v1/users/${c.userId}/legal-qualification`,
    body: () => ({ kind: 'pre_existing' }),
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/legal-reviews/:id/extension',
    url: (c) => `/api/v1/legal-reviews/${c.reviewToExtend}/extension`,
    body: () => ({ reason: '案情复杂' }),
    allowed: ['head'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/legal-reviews/:id/opinion',
    url: (c) => `/api/v1/legal-reviews/${c.reviewToOpine}/opinion`,
    body: () => ({
      outcome: 'approved',
      checklist: Object.fromEntries(
        ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'].map((k) => [
          k,
          true,
        ]),
      ),
      opinion: '同意',
    }),
    allowed: ['legal_reviewer'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/decision',
    url: (c) => `/api/v1/cases/${c.decideCaseId}/decision`,
    body: () => decisionDraft(1000),
    allowed: ['head'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/decision',
    url: (c) => `/api/v1/cases/${c.decidedCaseId}/decision`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/decision/procedure',
    url: (c) => `/api/v1/cases/${c.decidedCaseId}/decision/procedure`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/decision/document',
    url: (c) => `/api/v1/cases/${c.decidedCaseId}/decision/document`,
    body: () => ({ reason: '收款账户变更' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/review/staffing',
    url: () => '/api/v1/review/staffing',
    allowed: ['head', 'legal_reviewer', 'supervisor'],
    ok: 200,
  },
  // ---- 送达执行 (execution) ----
  {
    method: 'GET',
    route: '/api/v1/cases/:id/execution',
    url: (c) => `/api/v1/cases/${c.caseId}/execution`,
    allowed: CASE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/service-consents',
    url: (c) => `/api/v1/cases/${c.caseId}/service-consents`,
    body: () => ({ address: 'party@example.com', signedOn: '2026-11-26' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/services',
    url: (c) => `/api/v1/cases/${c.caseId}/services`,
    body: () => ({
      document: { kind: 'other', name: '责令改正违法行为决定书' },
      method: 'direct',
      recipient: '清远市某某化工有限公司',
      receivedOn: '2026-11-26',
    }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/payments',
    url: (c) => `/api/v1/cases/${c.payCaseId}/payments`,
    body: () => ({ amount: 50, paidOn: '2026-11-26', receiptNumber: 'AM-1', method: 'bank' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/payments/:paymentId/hand-in',
    url: (c) => `/api/v1/cases/${c.handInCaseId}/payments/${c.handInPaymentId}/hand-in`,
    body: () => ({ handedInOn: '2026-11-26' }),
    allowed: ['officer'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/demands',
    url: (c) => `/api/v1/cases/${c.demandCaseId}/demands`,
    body: () => ({ servedOn: '2026-10-01' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/court-applications',
    url: (c) => `/api/v1/cases/${c.courtCaseId}/court-applications`,
    body: () => ({ appliedOn: '2026-11-26', court: '清远市清城区人民法院' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/seizures',
    url: (c) => `/api/v1/cases/${c.caseId}/seizures`,
    body: () => ({
      measure: 'detain',
      items: ['水泵一台'],
      decisionNumber: '清环扣〔2026〕2号',
      seizedOn: '2026-11-26',
    }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/seizures/:seizureId/testing-periods',
    url: (c) => `/api/v1/cases/${c.caseId}/seizures/${c.seizureId}/testing-periods`,
    body: () => ({ kind: 'testing', startedOn: '2026-11-26', endsOn: '2026-11-30', toldOn: '2026-11-26' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/seizures/:seizureId/lift',
    url: (c) => `/api/v1/cases/${c.caseId}/seizures/${c.seizureId}/lift`,
    body: () => ({ liftedOn: '2026-11-26', reason: 'decided' }),
    allowed: ['officer'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/correction-orders',
    url: (c) => `/api/v1/cases/${c.caseId}/correction-orders`,
    body: () => ({
      documentNumber: '清环责改〔2026〕9号',
      requirements: '停止排放',
      orderedOn: '2026-11-26',
      dueOn: '2026-12-10',
    }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/correction-orders/:orderId/rechecks',
    url: (c) => `/api/v1/cases/${c.caseId}/correction-orders/${c.orderToRecheck}/rechecks`,
    body: () => ({ recheckedOn: '2026-11-20', result: 'corrected', note: '已改正' }),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/correction-orders/:orderId/daily-penalties',
    url: (c) => `/api/v1/cases/${c.caseId}/correction-orders/${c.orderNotCorrected}/daily-penalties`,
    body: () => ({ decisionNumber: '清环按日罚〔2026〕9号', decidedOn: '2026-11-26', dailyAmount: 1000 }),
    allowed: ['head'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/summary-decisions',
    url: () => '/api/v1/summary-decisions',
    body: (c) => summaryBody(c, 'AM-SUMMARY', 'warning'),
    allowed: ['officer'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/summary-decision/filing',
    url: (c) => `/api/v1/cases/${c.payCaseId}/summary-decision/filing`,
    body: () => ({ filedOn: '2026-11-26' }),
    allowed: ['officer'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/outcomes',
    url: (c) => `/api/v1/cases/${c.demandCaseId}/outcomes`,
    body: () => ({
      kind: 'reconsideration',
      result: 'maintained',
      decidedOn: '2026-11-26',
      body: '清远市人民政府',
    }),
    allowed: ['officer'],
    ok: 201,
  },
  // ---- 行政执法公示 ----
  {
    method: 'POST',
    route: '/api/v1/disclosures',
    url: () => '/api/v1/disclosures',
    body: (c) => ({ caseId: c.decidedForDisclosure }),
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/disclosures',
    url: () => '/api/v1/disclosures?due=overdue',
    allowed: DISCLOSURE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/disclosures/:id',
    url: (c) => `/api/v1/disclosures/${c.disclosureDraft}`,
    allowed: DISCLOSURE_READERS,
    ok: 200,
  },
  {
    method: 'PUT',
    route: '/api/v1/disclosures/:id/summary',
    url: (c) => `/api/v1/disclosures/${c.disclosureDraft}/summary`,
    body: () => ({ summary: { caseName: '某公司超标排放废水案' } }),
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'PUT',
    route: '/api/v1/disclosures/:id/marks',
    url: (c) => `/api/v1/disclosures/${c.disclosureDraft}/marks`,
    body: () => ({ marks: [{ text: '雨水排放口', action: 'mask' }] }),
    allowed: ['filler', 'checker'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/disclosures/:id/submit',
    url: (c) => `/api/v1/disclosures/${c.disclosureToSubmit}/submit`,
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/disclosures/:id/hold',
    url: (c) => `/api/v1/disclosures/${c.disclosureToHold}/hold`,
    body: () => ({ reason: 'related_case', note: '关联案件正在查处' }),
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/disclosures/:id/check',
    url: (c) => `/api/v1/disclosures/${c.disclosureToCheck}/check`,
    body: () => ({ ok: true }),
    allowed: ['checker'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/disclosures/:id/approve',
    url: (c) => `/api/v1/disclosures/${c.disclosureToApprove}/approve`,
    allowed: ['approver'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/disclosures/:id/return',
    url: (c) => `/api/v1/disclosures/${c.disclosureToReturn}/return`,
    body: () => ({ comment: '违法事实摘要过简，请补充' }),
    allowed: ['approver'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/disclosures/:id/withdraw',
    url: (c) => `/api/v1/disclosures/${c.disclosureToWithdraw}/withdraw`,
    body: () => ({ reason: '决定已被撤销', ground: 'revoked' }),
    allowed: ['approver'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/disclosures/:id/reopen',
    url: (c) => `/api/v1/disclosures/${c.disclosureToReopen}/reopen`,
    body: () => ({ reason: '更正违法事实表述' }),
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/corrections',
    url: () => '/api/v1/corrections',
    allowed: ['filler', 'checker', 'approver'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/corrections/:id/answer',
    url: (c) => `/api/v1/corrections/${c.correctionId}/answer`,
    body: () => ({ result: 'not_corrected', answer: '经核实，公示信息与决定书一致。' }),
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/api-tokens',
    url: () => '/api/v1/api-tokens',
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/api-tokens',
    url: () => '/api/v1/api-tokens',
    body: () => ({ name: '市信用平台', scope: 'credit' }),
    allowed: ['admin'],
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/api-tokens/:id/revoke',
    url: (c) => `/api/v1/api-tokens/${c.tokenId}/revoke`,
    allowed: ['admin'],
    ok: 200,
  },
  // ---- 事前公开 ----
  {
    method: 'GET',
    route: '/api/v1/pre-disclosures',
    url: () => '/api/v1/pre-disclosures?due=overdue',
    allowed: DISCLOSURE_READERS,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/pre-disclosures',
    url: () => '/api/v1/pre-disclosures',
    body: (c) => ({ section: 'permit_guides', title: '排污许可办事指南', departmentId: c.fillerDeptId }),
    allowed: ['filler'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/pre-disclosure-templates/powers.xlsx',
    url: () => '/api/v1/pre-disclosure-templates/powers.xlsx',
    allowed: DISCLOSURE_READERS,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/pre-disclosures/:id',
    url: (c) => `/api/v1/pre-disclosures/${c.preDraft}`,
    allowed: DISCLOSURE_READERS,
    ok: 200,
  },
  {
    method: 'PUT',
    route: '/api/v1/pre-disclosures/:id',
    url: (c) => `/api/v1/pre-disclosures/${c.preDraft}`,
    body: () => ({ title: '监督投诉渠道' }),
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/pre-disclosures/:id/submit',
    url: (c) => `/api/v1/pre-disclosures/${c.preToSubmit}/submit`,
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/pre-disclosures/:id/check',
    url: (c) => `/api/v1/pre-disclosures/${c.preToCheck}/check`,
    body: () => ({ ok: true }),
    allowed: ['checker'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/pre-disclosures/:id/approve',
    url: (c) => `/api/v1/pre-disclosures/${c.preToApprove}/approve`,
    allowed: ['approver'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/pre-disclosures/:id/return',
    url: (c) => `/api/v1/pre-disclosures/${c.preToReturn}/return`,
    body: () => ({ reason: '请补充复议机关地址' }),
    allowed: ['approver'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/pre-disclosures/:id/withdraw',
    url: (c) => `/api/v1/pre-disclosures/${c.preToWithdraw}/withdraw`,
    body: () => ({ reason: '该渠道已调整' }),
    allowed: ['approver'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/pre-disclosures/:id/attachments',
    url: (c) => `/api/v1/pre-disclosures/${c.preDraft}/attachments`,
    body: () => attachmentUpload.payload,
    headers: () => ({ 'content-type': attachmentUpload.contentType }),
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/pre-disclosures/:id/powers-import',
    url: (c) => `/api/v1/pre-disclosures/${c.prePowers}/powers-import`,
    body: () => powersUpload?.payload,
    headers: () => ({ 'content-type': powersUpload?.contentType ?? '' }),
    allowed: ['filler'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/pre-disclosures',
    url: () => '/api/v1/public/pre-disclosures',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/pre-disclosures/:id',
    url: (c) => `/api/v1/public/pre-disclosures/${c.prePublished}`,
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/pre-disclosures/:id/versions/:version',
    url: (c) => `/api/v1/public/pre-disclosures/${c.prePublished}/versions/1`,
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/pre-disclosures/:id/attachments/:sha256',
    url: (c) => `/api/v1/public/pre-disclosures/${c.prePublished}/attachments/${c.preAttachment}`,
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/decisions',
    url: () => '/api/v1/public/decisions?q=%E5%BA%9F%E6%B0%B4',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/decision-filters',
    url: () => '/api/v1/public/decision-filters',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/decisions/:id',
    url: (c) => `/api/v1/public/decisions/${c.publishedId}`,
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/decisions/:id/versions/:version',
    url: (c) => `/api/v1/public/decisions/${c.publishedId}/versions/1`,
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/public/corrections',
    url: () => '/api/v1/public/corrections',
    body: (c) => ({ publicId: c.publishedId, content: '文号有误', contact: '13800000000' }),
    allowed: 'public',
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/public/corrections/:trackingCode',
    url: (c) => `/api/v1/public/corrections/${c.trackingCode}`,
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/feeds/credit',
    url: () => '/api/v1/feeds/credit?since=2026-01-01',
    headers: (c) => ({ authorization: `Bearer ${c.creditToken}` }),
    allowed: 'token',
    ok: 200,
  },
];

/** A summary (on-the-spot) decision by officer1 and officer2 against the organisation of `caseBody`. */
const summaryBody = (c: Ctx, formNumber: string, kind: 'warning' | 'fine', decidedOn = '2026-11-26') => ({
  party: (caseBodyFor(c) as { party: unknown }).party,
  officerIds: (caseBodyFor(c) as { officerIds: string[] }).officerIds,
  formNumber,
  decidedAt: `${decidedOn}T10:00:00+08:00`,
  location: '清城区',
  facts: '露天焚烧。',
  basis: '《中华人民共和国大气污染防治法》第一百一十九条',
  penalties: kind === 'warning' ? [{ type: 'warning' }] : [{ type: 'fine', amount: 50 }],
});

const REVIEW_KEYS = ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'];

const tusMeta = (caseId: string) =>
  [
    `caseId ${Buffer.from(caseId).toString('base64')}`,
    `activity ${Buffer.from('onsite_inspection').toString('base64')}`,
    `capturedAt ${Buffer.from('2026-11-26T09:00:00+08:00').toString('base64')}`,
  ].join(',');

const mediaUpload = multipart(
  { activity: 'onsite_inspection', capturedAt: '2026-11-26T09:00:00+08:00' },
  { name: 'a.mp4', bytes: mp4Bytes() },
);
const attachmentUpload = multipart({}, { name: '复议申请书范本.pdf', bytes: pdfBytes() });
let powersUpload: ReturnType<typeof multipart> | undefined;
let caseBodyFor: (c: Ctx) => unknown = () => ({});

let t: TestApp;
let ctx: Ctx;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  const depts = admin.get('/api/v1/departments');
  const items = (await depts).json<{ items: { id: string; name: string; parentId: string | null }[] }>()
    .items;
  const rootId = items.find((d) => d.parentId === null)?.id ?? '';
  const deptId = items.find((d) => d.name === '执法二科')?.id ?? '';
  await admin.post('/api/v1/users', {
    username: 'supervisor',
    name: '监督员',
    password: 'demo12345',
    departmentId: deptId,
    roles: ['supervisor'],
  });
  const user = await admin.post('/api/v1/users', {
    username: 'target',
    name: '测试',
    password: 'abc12345',
    departmentId: deptId,
    roles: ['officer'],
  });
  const userId = user.json<{ id: string }>().id;
  const cert = await admin.post('/api/v1/officers', {
    accountId: userId,
    certificateNo: 'T0001',
    category: '生态环境',
    issuer: '广东省人民政府',
    issuedOn: '2025-01-01',
    validUntil: '2028-12-31',
  });
  const officer1 = await t.login('officer1');
  const head = await t.login('head');
  const template = await caseBody(t);
  caseBodyFor = () => template;
  const filed = await buildCase(t, officer1);
  await head.post(`/api/v1/cases/${filed.id}/advance`, { to: 'investigation' });
  const fresh = await buildCase(t, officer1);
  const rec = (
    await officer1.post(`/api/v1/cases/${filed.id}/records`, {
      type: 'onsite_inspection_record',
      title: '现场检查笔录',
      content: '内容',
    })
  ).json<{ id: string }>();
  const toSign = (
    await officer1.post(`/api/v1/cases/${filed.id}/records`, {
      type: 'inquiry_record',
      title: '询问笔录',
      content: '内容',
    })
  ).json<{ id: string }>();
  const toSeal = (
    await officer1.post(`/api/v1/cases/${filed.id}/records`, {
      type: 'correction_order',
      title: '责令改正违法行为决定书',
      content: '内容',
    })
  ).json<{ id: string }>();
  const med = await uploadMedia(officer1, filed.id, {
    activity: 'onsite_inspection',
    capturedAt: '2026-11-26T09:00:00+08:00',
  });
  const per = (
    await officer1.post(`/api/v1/cases/${filed.id}/periods`, {
      kind: 'appraisal',
      startedOn: '2026-11-26',
      note: '鉴定',
    })
  ).json<{ id: string }>();
  const appr = (
    await officer1.post(`/api/v1/cases/${filed.id}/approvals`, { kind: 'suspension', reason: '等待鉴定结论' })
  ).json<{ id: string }>();
  const clue = async () =>
    (
      await officer1.post('/api/v1/clues', {
        source: 'inspection',
        title: '检查发现',
        description: '超标',
        discoveredOn: '2026-11-25',
      })
    ).json<{ id: string }>().id;
  const ev = (
    await officer1.post(`/api/v1/cases/${filed.id}/evidence`, {
      evidenceType: 'physical',
      title: '暗管',
      description: '',
      source: '现场',
      collectedOn: '2026-11-26',
    })
  ).json<{ id: string }>();
  const pres = (
    await officer1.post(`/api/v1/cases/${filed.id}/approvals`, {
      kind: 'evidence_preservation',
      reason: '可能灭失',
      payload: { evidenceId: ev.id },
    })
  ).json<{ id: string }>();
  await head.post(`/api/v1/approvals/${pres.id}/decide`, { grant: true, reason: '同意' });
  const upload = async () =>
    String(
      (
        await officer1.request('POST', '/api/v1/uploads', undefined, {
          'tus-resumable': '1.0.0',
          'upload-length': '100',
          'upload-metadata': tusMeta(filed.id),
        })
      ).headers.location,
    );
  const reviewer = await t.login('reviewer');
  const checklist = (await reviewer.get('/api/v1/evaluation-checklist')).json<{
    id: string;
    items: { key: string; maxScore: number }[];
  }>();
  const pendingReview = async () => {
    const c = await caseInDecision(t, officer1, head, 300000);
    return (
      await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, { draft: decisionDraft(300000) })
    ).json<{ id: string }>().id;
  };
  const opine = async (id: string, outcome: 'approved' | 'returned') =>
    reviewer.post(`/api/v1/legal-reviews/${id}/opinion`, {
      outcome,
      checklist: Object.fromEntries(REVIEW_KEYS.map((k) => [k, true])),
      opinion: outcome === 'approved' ? '同意' : '罚款数额依据不足',
    });
  const reviewOpined = await pendingReview();
  await opine(reviewOpined, 'approved');
  const reviewToDispute = await pendingReview();
  await opine(reviewToDispute, 'returned');
  const reviewToCoordinate = await pendingReview();
  await opine(reviewToCoordinate, 'returned');
  await officer1.post(`/api/v1/legal-reviews/${reviewToCoordinate}/dispute`, { position: '依据充分' });
  const decided = await caseInDecision(t, officer1, head);
  await head.post(`/api/v1/cases/${decided.id}/decision`, decisionDraft(1000));
  // execution: a seizure and orders to correct on the filed case, summary decisions in 送达执行
  const seizure = (
    await officer1.post(`/api/v1/cases/${filed.id}/seizures`, {
      measure: 'seal',
      items: ['设备一套'],
      decisionNumber: '清环封〔2026〕1号',
      seizedOn: '2026-11-26',
    })
  ).json<{ id: string }>();
  const order = async () =>
    (
      await officer1.post(`/api/v1/cases/${filed.id}/correction-orders`, {
        documentNumber: '清环责改〔2026〕1号',
        requirements: '停止超标排放',
        orderedOn: '2026-11-01',
        dueOn: '2026-11-10',
      })
    ).json<{ id: string }>().id;
  const orderToRecheck = await order();
  const orderNotCorrected = await order();
  await officer1.post(`/api/v1/cases/${filed.id}/correction-orders/${orderNotCorrected}/rechecks`, {
    recheckedOn: '2026-11-20',
    result: 'not_corrected',
    note: '仍超标',
  });
  // the 按日连续处罚 (19 days × 1,000 元) is a penalty decision: notified, and the notice answered
  await officer1.post(`/api/v1/cases/${filed.id}/records`, {
    type: 'prior_notice',
    title: '按日连续处罚事先告知书',
    content: '',
    fields: { penalties: [{ type: 'daily_fine', amount: 19_000 }], hearingRight: false },
  });
  await officer1.post(`/api/v1/cases/${filed.id}/records`, {
    type: 'statement_waiver',
    title: '声明',
    content: '',
  });
  const summaryCase = async (formNumber: string, decidedOn?: string) => {
    const res = await officer1.post('/api/v1/summary-decisions', {
      ...summaryBody({} as Ctx, formNumber, 'fine', decidedOn),
    });
    if (res.statusCode !== 201) throw new Error(`summary decision failed: ${res.body}`);
    return res.json<{ caseId: string }>().caseId;
  };
  const handInCaseId = await summaryCase('AM-HANDIN');
  const onsite = (
    await officer1.post(`/api/v1/cases/${handInCaseId}/payments`, {
      amount: 50,
      paidOn: '2026-11-26',
      receiptNumber: 'AM-ONSITE',
      method: 'onsite',
    })
  ).json<{ id: string }>();
  // decided in March: the money is overdue, the litigation period over by November
  const courtCaseId = await summaryCase('AM-COURT', '2026-03-01');
  await officer1.post(`/api/v1/cases/${courtCaseId}/demands`, { servedOn: '2026-10-01' });
  const payCaseId = await summaryCase('AM-PAY');
  const demandCaseId = await summaryCase('AM-DEMAND', '2026-03-01');
  // 行政执法公示: decided cases with their disclosures at each step; a correction request; tokens
  const decidedIds: string[] = [];
  for (let i = 0; i < 9; i++) decidedIds.push((await decidedCase(t, officer1, head)).id);
  const at = (i: number, to: Parameters<typeof disclosureAt>[2]) => disclosureAt(t, decidedIds[i] ?? '', to);
  const publishedId = await at(7, 'published');
  const correction = await t.anonymous.post('/api/v1/public/corrections', {
    publicId: publishedId,
    content: '当事人类型有误',
    contact: '13800000000',
  });
  const token = (await admin.post('/api/v1/api-tokens', { name: 'matrix', scope: 'credit' })).json<{
    id: string;
    token: string;
  }>();
  const revocable = (await admin.post('/api/v1/api-tokens', { name: 'revocable', scope: 'credit' })).json<{
    id: string;
  }>();
  const correctionId = (
    await t.services.database.db
      .selectFrom('correctionRequest')
      .select('id')
      .where('trackingCode', '=', correction.json<{ trackingCode: string }>().trackingCode)
      .executeTakeFirstOrThrow()
  ).id;
  powersUpload = multipart(
    {},
    { name: '权责清单.xlsx', bytes: await t.services.preDisclosures.powersTemplate() },
  );
  const prePublished = await preDisclosureAt(t, 'draft', { title: '复议与诉讼渠道' });
  const withAttachment = await (
    await t.login('filler')
  ).request('POST', `/api/v1/pre-disclosures/${prePublished}/attachments`, attachmentUpload.payload, {
    'content-type': attachmentUpload.contentType,
  });
  const preAttachment =
    withAttachment.json<{ body: { attachments: { sha256: string }[] } }>().body.attachments[0]?.sha256 ?? '';
  for (const [client, action, body] of [
    ['filler', 'submit', undefined],
    ['checker', 'check', { ok: true }],
    ['approver', 'approve', undefined],
  ] as const)
    await (await t.login(client)).post(`/api/v1/pre-disclosures/${prePublished}/${action}`, body);
  ctx = {
    preDraft: await preDisclosureAt(t, 'draft'),
    fillerDeptId: await departmentOf(t, 'filler'),
    prePowers: await preDisclosureAt(t, 'draft', { section: 'powers', title: '权责清单' }),
    preToSubmit: await preDisclosureAt(t, 'draft'),
    preToCheck: await preDisclosureAt(t, 'submitted'),
    preToApprove: await preDisclosureAt(t, 'checked'),
    preToReturn: await preDisclosureAt(t, 'checked'),
    preToWithdraw: await preDisclosureAt(t, 'published'),
    prePublished,
    preAttachment,
    decidedForDisclosure: decidedIds[0] ?? '',
    disclosureDraft: await at(0, 'draft'),
    disclosureToSubmit: await at(1, 'draft'),
    disclosureToHold: await at(2, 'draft'),
    disclosureToCheck: await at(3, 'submitted'),
    disclosureToApprove: await at(4, 'checked'),
    disclosureToReturn: await at(8, 'checked'),
    disclosureToWithdraw: await at(5, 'published'),
    disclosureToReopen: await at(6, 'published'),
    publishedId,
    correctionId,
    trackingCode: correction.json<{ trackingCode: string }>().trackingCode,
    tokenId: revocable.id,
    creditToken: token.token,
    seizureId: seizure.id,
    orderToRecheck,
    orderNotCorrected,
    payCaseId,
    handInCaseId,
    handInPaymentId: onsite.id,
    demandCaseId,
    courtCaseId,
    reviewSubmitCaseId: (await caseInDecision(t, officer1, head, 300000)).id,
    reviewToExtend: await pendingReview(),
    reviewToOpine: await pendingReview(),
    reviewToDeclare: await pendingReview(),
    reviewOpined,
    reviewToDispute,
    reviewToCoordinate,
    decideCaseId: (await caseInDecision(t, officer1, head)).id,
    decidedCaseId: decided.id,
    archivedId: (await archivedCase(t, officer1, head)).id,
    checklistId: checklist.id,
    fullScores: checklist.items.map((i) => ({ key: i.key, score: i.maxScore })),
    uploadToPatch: await upload(),
    uploadToDelete: await upload(),
    clueId: await clue(),
    clueToFile: await clue(),
    clueToReject: await clue(),
    clueToTransfer: await clue(),
    evidenceId: ev.id,
    rootId,
    deptId,
    userId,
    certId: cert.json<{ id: string }>().id,
    caseId: filed.id,
    newCaseId: fresh.id,
    recordId: rec.id,
    signRecordId: toSign.id,
    sealRecordId: toSeal.id,
    mediaId: med.json<{ id: string }>().id,
    periodId: per.id,
    approvalId: appr.id,
    officer2Id: await userIdOf(t, 'officer2'),
  };
});
afterAll(async () => t.close());

function send(client: Client, c: Case) {
  const body = c.body?.(ctx);
  if (c.headers) return client.request(c.method, c.url(ctx), body as Buffer | undefined, c.headers(ctx));
  if (body === mediaUpload)
    return client.request(c.method, c.url(ctx), mediaUpload.payload, {
      'content-type': mediaUpload.contentType,
    });
  return client.request(c.method, c.url(ctx), body as Record<string, unknown> | undefined);
}

describe('access matrix', () => {
  it('covers every API route', () => {
    const declared = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const tested = CASES.map((c) => `${c.method} ${c.route}`).sort();
    expect(tested).toEqual(declared);
  });

  for (const c of CASES) {
    describe(`${c.method} ${c.route}`, () => {
      if (c.allowed === 'token') {
        it('answers a valid token of its scope, whoever is signed in or not', async () => {
          expect((await send(new Client(t.app), c)).statusCode).toBe(c.ok);
        });
        it('refuses callers without a token with 401, also signed-in staff', async () => {
          for (const role of ROLES) {
            const { headers: _withToken, ...withoutToken } = c;
            const res = await send(await t.login(USER_OF[role]), withoutToken);
            expect(res.statusCode, role).toBe(401);
            expect(errorCode(res)).toBe('TOKEN_INVALID');
          }
        });
        return;
      }
      it(c.allowed === 'public' ? 'is open to anyone' : 'refuses anonymous callers with 401', async () => {
        const res = await send(new Client(t.app), c);
        if (c.allowed === 'public') expect(res.statusCode).toBe(c.ok);
        else {
          expect(res.statusCode).toBe(401);
          expect(errorCode(res)).toBe('UNAUTHENTICATED');
        }
      });

      if (c.allowed === 'public') return;
      for (const role of ROLES) {
        const allowed = c.allowed === 'staff' || c.allowed.includes(role);
        it(`${allowed ? 'allows' : 'refuses'} ${role}`, async () => {
          const client = await t.login(USER_OF[role]);
          const res = await send(client, c);
          if (allowed) expect(res.statusCode, res.body).toBe(c.ok);
          else {
            expect(res.statusCode, res.body).toBe(403);
            expect(errorCode(res)).toBe('FORBIDDEN');
          }
        });
      }
    });
  }
});
