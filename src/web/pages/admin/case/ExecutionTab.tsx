import { Alert, Col, Flex, Row, Spin } from 'antd';
import type { CaseView } from '../../../api/types.js';
import { QueryError } from '../../../components/QueryError.js';
import { t } from '../../../i18n/index.js';
import type { CasePermissions } from './caseContext.js';
import { ClosingConditions } from './execution/ClosingConditions.js';
import { CorrectionPanel } from './execution/CorrectionPanel.js';
import { DecisionSummary } from './execution/DecisionSummary.js';
import { EnforcementPanel } from './execution/EnforcementPanel.js';
import { executionAbilities, useCaseApprovals, useExecution } from './execution/executionQueries.js';
import { OutcomesPanel } from './execution/OutcomesPanel.js';
import { PaymentPanel } from './execution/PaymentPanel.js';
import { Section } from './execution/Section.js';
import { SeizuresPanel } from './execution/SeizuresPanel.js';
import { ServicePanel } from './execution/ServicePanel.js';

/**
 * 送达执行: the decision and whether the case may close, then service, payment, enforcement,
 * seizures, orders to correct and the outcomes of remedies — each with the forms to record them.
 */
export function ExecutionTab({ c, perms }: { c: CaseView; perms: CasePermissions }) {
  const execution = useExecution(c.id);
  const approvals = useCaseApprovals(c.id);
  if (execution.isError)
    return <QueryError error={execution.error} onRetry={() => void execution.refetch()} />;
  if (!execution.data) return <Spin />;
  const x = execution.data;
  const can = executionAbilities(c, perms);
  const pending = approvals.data?.items ?? [];
  return (
    <Flex vertical gap={16} className="execution-tab">
      {!perms.write && c.stage === 'execution' && (
        <Alert type="info" showIcon title={t('execution.readOnlyHint')} />
      )}
      <Row gutter={[16, 16]} className="execution-summary">
        <Col xs={24} xl={12}>
          <Section title={t('execution.decision.title')}>
            <DecisionSummary caseId={c.id} x={x} can={can} />
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section title={t('execution.closing.title')} className="closing-card">
            <ClosingConditions c={c} x={x} perms={perms} />
          </Section>
        </Col>
      </Row>
      <ServicePanel c={c} x={x} can={can} />
      <PaymentPanel c={c} x={x} can={can} approvals={pending} />
      {x.payment && <EnforcementPanel c={c} x={x} can={can} />}
      <SeizuresPanel c={c} x={x} can={can} approvals={pending} />
      <CorrectionPanel c={c} x={x} can={can} />
      <OutcomesPanel c={c} x={x} can={can} />
    </Flex>
  );
}
