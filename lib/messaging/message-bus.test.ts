import { describeDispatch } from "./transport/dispatch.conformance";
import { inProcessHarness } from "./transport/in-process-harness";

describeDispatch("in-process", inProcessHarness);
