/**
 * Registers every DUI Kit element. Each element adds its `dui-x.js` registration module here.
 */
import './dui-provider/dui-provider.js';
import './dui-task-inbox/dui-task-inbox.js';
import './dui-form/dui-form.js';
import './dui-workflow-step/dui-workflow-step.js';
import './dui-user-file/dui-user-file.js';
import './dui-timeline/dui-timeline.js';
import './dui-aggir-grid/dui-aggir-grid.js';
import './dui-support-plan/dui-support-plan.js';
import './dui-workflow-diagram/dui-workflow-diagram.js';
import './dui-care-team/dui-care-team.js';
import './dui-audit-log/dui-audit-log.js';
