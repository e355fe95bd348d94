import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import type { ApprovalService } from '../cases/approval.service.js';
import type { ParameterService } from '../parameters/parameter.service.js';
import { CorrectionService } from './correction.service.js';
import type { ExecutionDeps } from './execution-kit.js';
import { ExecutionState } from './execution-state.js';
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
 * 送达执行 through 结案, wired into the cases module: the closing gate's facts, the deadlines, the
 * approval kinds (deferral, instalments, seizure extension) and the rules for bare 送达回证 records.
 */
export function createExecution(
  deps: Omit<ExecutionDeps, 'state'> & {
    calendar: CalendarService;
    parameters: ParameterService;
    approvals: ApprovalService;
  },
): ExecutionModule {
  const d: ExecutionDeps = { ...deps, state: new ExecutionState(deps.calendar, deps.parameters) };
  const module: ExecutionModule = {
    view: new ExecutionService(d),
    serving: new ServingService(d),
    payments: new PaymentService(d),
    seizures: new SeizureService(d),
    corrections: new CorrectionService(d),
    summaries: new SummaryService(d),
    outcomes: new OutcomeService(d),
  };
  deps.cases.useExecutionFacts(module.view);
  deps.cases.deadlines.addSource(module.view);
  deps.approvals.registerEffect('payment_deferral', module.payments.deferralEffect);
  deps.approvals.registerEffect('payment_instalments', module.payments.instalmentEffect);
  deps.approvals.registerEffect('seizure_extension', module.seizures.extensionEffect);
  deps.records.registerCheck('service_receipt', module.serving.receiptCheck);
  return module;
}
