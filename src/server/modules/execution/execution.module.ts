import type { ApprovalService } from '../cases/approval.service.js';
import { CorrectionService } from './correction.service.js';
import type { ExecutionDeps } from './execution-kit.js';
import { ExecutionService } from './execution.service.js';
import { OutcomeService } from './outcome.service.js';
import { PaymentService } from './payment.service.js';
import { SeizureService } from './seizure.service.js';
import { ServingService } from './service.service.js';
import { SummaryService } from './summary.service.js';

export type ExecutionModule = {
  view: ExecutionService;
  serving: ServingService;
  payments: PaymentService;
  seizures: SeizureService;
  corrections: CorrectionService;
  summaries: SummaryService;
  outcomes: OutcomeService;
};

/**
 * 送达执行 through 结案, wired into the cases module: the deadlines, the approval kinds (deferral,
 * instalments, seizure extension) and the rules for bare 送达回证 records. The closing gate's facts
 * come from the `ExecutionState` given (built before the cases module, which takes it).
 */
export function createExecution(deps: ExecutionDeps & { approvals: ApprovalService }): ExecutionModule {
  const d: ExecutionDeps = deps;
  const module: ExecutionModule = {
    view: new ExecutionService(d),
    serving: new ServingService(d),
    payments: new PaymentService(d),
    seizures: new SeizureService(d),
    corrections: new CorrectionService(d),
    summaries: new SummaryService(d),
    outcomes: new OutcomeService(d),
  };
  deps.cases.deadlines.addSource(module.view);
  deps.approvals.registerEffect('payment_deferral', module.payments.deferralEffect);
  deps.approvals.registerEffect('payment_instalments', module.payments.instalmentEffect);
  deps.approvals.registerEffect('seizure_extension', module.seizures.extensionEffect);
  deps.records.registerCheck('service_receipt', module.serving.receiptCheck);
  return module;
}
