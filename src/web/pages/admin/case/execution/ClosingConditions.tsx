import { useState } from 'react';
import { Alert, Button, Flex, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import type { CaseView, ExecutionView } from '../../../../api/types.js';
import { useRecordTemplates } from '../../../../components/caseLabels.js';
import { closingItemLabel } from '../../../../components/executionLabels.js';
import { t } from '../../../../i18n/index.js';
import type { CasePermissions } from '../caseContext.js';
import { RecordFormModal } from '../RecordFormModal.js';

/** The record of the decision's outcome that a 结案审批表 starts from (the officer completes it). */
function closingFields(x: ExecutionView): Record<string, unknown> {
  const reason = x.courtApplication
    ? 'court_enforcement'
    : x.decision?.outcome === 'penalty'
      ? 'executed'
      : x.decision?.outcome === 'transfer'
        ? 'transferred'
        : x.decision?.outcome;
  return {
    ...(reason ? { closingReason: reason } : {}),
    ...(x.payment ? { amountPaid: x.payment.paid } : {}),
  };
}

/**
 * 结案条件: what the execution still lacks (`missing`, in Chinese) and the 结案审批表; when nothing
 * is missing the head moves the case to 结案归档 at the top of the page.
 */
export function ClosingConditions({
  c,
  x,
  perms,
}: {
  c: CaseView;
  x: ExecutionView;
  perms: CasePermissions;
}) {
  const templates = useRecordTemplates();
  const [making, setMaking] = useState(false);
  if (c.stage === 'archived') {
    return <Alert type="success" showIcon title={t('execution.closing.archived')} />;
  }
  const items = x.missing.map((item) => closingItemLabel(item, x, templates.data, c.officers));
  const approvalMissing = c.blockers.some((b) => b.code === 'CLOSING_APPROVAL_REQUIRED');
  const canMake = perms.write && c.stage === 'execution' && approvalMissing && templates.data !== undefined;
  const ready = items.length === 0 && !approvalMissing;
  return (
    <Flex vertical gap={12} className="closing-conditions">
      {ready ? (
        <Alert
          type="success"
          showIcon
          title={t('execution.closing.canClose')}
          description={t('execution.closing.readyHead')}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={t('execution.closing.cannotClose')}
          description={
            <ul className="case-blockers">
              {items.length > 0 && (
                <li>
                  {t('execution.closing.open')}
                  <ul className="closing-missing">
                    {items.map((label) => (
                      <li key={label}>{label}</li>
                    ))}
                  </ul>
                </li>
              )}
              {items.length === 0 && <li>{t('execution.closing.ready')}</li>}
              {approvalMissing && <li>{t('execution.closing.approvalMissing')}</li>}
            </ul>
          }
        />
      )}
      {!approvalMissing && c.stage === 'execution' && (
        <Typography.Text type="secondary">{t('execution.closing.approvalDone')}</Typography.Text>
      )}
      {canMake && (
        <Button
          icon={<FileAddOutlined />}
          onClick={() => setMaking(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('execution.closing.makeApproval')}
        </Button>
      )}
      {making && templates.data && (
        <RecordFormModal
          c={c}
          templates={templates.data}
          presetType="closing_approval"
          presetFields={closingFields(x)}
          onClose={() => setMaking(false)}
        />
      )}
    </Flex>
  );
}
