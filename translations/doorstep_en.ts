<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>doorstep::ui::AddStaffDialog</name>
    <message>
        <source>Add staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationState</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::AssessmentResultDialog</name>
    <message>
        <source>Record an assessment result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pass mark %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>entry %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends early: entries after %1 were removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoDispatchCommand</name>
    <message numerus="yes">
        <source>Auto-dispatch %n order(s)</source>
        <translation>
            <numerusform>Auto-dispatch %n order</numerusform>
            <numerusform>Auto-dispatch %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Some orders could not be dispatched again:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some orders were left as they are:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::AutoDispatchDialog</name>
    <message>
        <source>Only windows starting from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-dispatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the objective and the time budget (office settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting orders in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the orders and press Run. Nothing is written until you accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders are waiting for dispatch in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Planning %n order(s)</source>
        <translation>
            <numerusform>Planning %n order</numerusform>
            <numerusform>Planning %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n candidate provider(s)…</source>
        <translation>
            <numerusform> with %n candidate provider…</numerusform>
            <numerusform> with %n candidate providers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time budget ran out; this is the best plan found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the proposals to keep and accept them. Hover a reason to read it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1 assigned, %2 not assigned, travel %3 min, lateness %4 min, objective %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest-available baseline: %1 assigned, %2 not assigned, travel %3 min, lateness %4 min, objective %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidate providers, %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n ticked</source>
        <translation>
            <numerusform>Accept %n ticked</numerusform>
            <numerusform>Accept %n ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were dispatched. These were left waiting, because things changed since the plan was made:</source>
        <translation>
            <numerusform>%n order was dispatched. These were left waiting, because things changed since the plan was made:</numerusform>
            <numerusform>%n orders were dispatched. These were left waiting, because things changed since the plan was made:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::AutoDispatchProposalsModel</name>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoDispatchService</name>
    <message>
        <source>Choose a time range that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the proposals can be applied any more:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was dispatched by hand since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-dispatch undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these orders can be taken back:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::AutoDispatchSettingsDialog</name>
    <message>
        <source>Auto-dispatch settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minute of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of every other weight: one minute of driving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minute after the window opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much an early start matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per star below five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers better-rated providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating assumed without ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars, for providers nobody has rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per point of the provider&apos;s balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards providers with a good points balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per job already that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreads the work across providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus for the customer&apos;s preferred provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of leaving an order out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order is left out when placing it would cost more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra cost per priority level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner returns its best plan when the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs are in minute-equivalents: auto-dispatch picks the plan with the lowest total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: new orders wait for a dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose: a dispatcher accepts each proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign: new orders are assigned at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a console does with orders that arrive while it runs (from the apps or typed in), with the same explanations as a planned day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoDispatchText</name>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only provider who can take this order on this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less travel: %1 min added, against %2 min for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier start: %1 min into the window, against %2 min for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better rating: %1 stars, against %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better points balance: %1, against %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter day: %1 job(s) already, against %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer prefers this provider; the next best is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead of the next best by %1 on %2 and %3 overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The time budget ran out before the plan could improve this.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned: the run stopped (cancelled or out of time) before it reached this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could take it, but only at a cost above leaving it for later.</source>
        <translation>
            <numerusform>%n provider could take it, but only at a cost above leaving it for later.</numerusform>
            <numerusform>%n providers could take it, but only at a cost above leaving it for later.</numerusform>
        </translation>
    </message>
    <message>
        <source>No active provider with this service serves the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate provider offers this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider can fit it. Most often: %1 (%2 of %3 providers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate provider serves the order&apos;s district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n provider(s) who could serve it can fit it. Most often: %1 (%2 of them).</source>
        <translation>
            <numerusform>The one provider who could serve it cannot fit it: %1.</numerusform>
            <numerusform>None of the %n providers who could serve it can fit it. Most often: %1 (%2 of them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not offered again to the %n provider(s) who declined it or let it time out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::BackgroundCheckDialog</name>
    <message>
        <source>Background check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the agency and its reference, e.g. 上海安信背调 BJ-2026-0012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the agency made the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the report says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency / reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the agency that made the check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundCheckResult</name>
    <message>
        <source>Requested, no result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CancelOrderDialog</name>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n min</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n min</numerusform>
            <numerusform>%1 · %2 · %3 · %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintAttachments</name>
    <message>
        <source>The complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintCategory</name>
    <message>
        <source>No-show or late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage to property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overcharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety or privacy incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>Refund of %1 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit %1 dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit %1 ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider suspended pending investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s suspension lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ComplaintDetailPane</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused since %1 (waiting for the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>A deadline runs into a year the holiday calendar does not cover yet: its holidays were counted as working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the complaint reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the complaint to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note (kept in the complaint&apos;s timeline):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said on the call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said or sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the customer asked for? The clocks stop until they answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution the customer was given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the complaint is not upheld (the customer is told so):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the refund is rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark refund paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged to the office manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid for the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · left to refund %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · requested by %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paid (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending this investigation since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 KiB · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the provider is suspended while the incident is investigated (shown as the provider&apos;s status; closing the complaint lifts it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift suspension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the provider may work again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paid in the app: the payment provider pays refunds back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paid back through the payment provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not paid back yet: the payment provider pays it after the next sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ComplaintIntakeDialog</name>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, e.g. DS261202-0-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order with that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, JPEG or PDF, at most %1 MiB each; you can also drop files on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintService</name>
    <message>
        <source>The complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That staff member no longer has an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints can only be given to someone whose role handles them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down what the customer complains about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data was anonymised; a complaint cannot be recorded for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is closed; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down what was said on the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down the resolution the customer was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down what the customer is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say whether the complaint was upheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down why the complaint is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The complaint was closed more than %n day(s) ago and can no longer be reopened; record a new complaint instead.</source>
        <translation>
            <numerusform>The complaint was closed more than %n day ago and can no longer be reopened; record a new complaint instead.</numerusform>
            <numerusform>The complaint was closed more than %n days ago and can no longer be reopened; record a new complaint instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction is recorded when the complaint is closed, from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintSeverity</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ComplaintStepDialog</name>
    <message>
        <source>The complaint is upheld (the provider is held to account under the ledger rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write something: it goes into the complaint&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked, or no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction with the resolution:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintSuspension</name>
    <message>
        <source>Please write down why the provider is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a safety or privacy incident suspends the provider pending investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is closed: the investigation is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider was assigned to the order complained about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is %1: there is nothing to suspend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is already suspended pending this investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety incident under investigation (order %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down why the suspension is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is not suspended pending this investigation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ComplaintsPage</name>
    <message>
        <source>All complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a complaint on the phone (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n past the deadline</numerusform>
            <numerusform>%n past the deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response and resolution targets per category and severity: view and change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response and resolution targets per category and severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber: three quarters of the time used · red: past the deadline · Ctrl+N new complaint · Ctrl+K claim · Ctrl+T note · Ctrl+P call · Ctrl+I investigate · Ctrl+Enter resolve · Ctrl+R reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the complaints without this narrowing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsSource</name>
    <message>
        <source>Complaints and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund without complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>The service itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ConsoleFlow</name>
    <message>
        <source>Demo store: every account&apos;s password is %1 — admin (administrator), supervisor, dispatcher, agent (service agent), manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo store: a Shanghai franchise with a year of orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) went back to the dispatch queue: the provider did not accept in time.</source>
        <translation>
            <numerusform>%n job went back to the dispatch queue: the provider did not accept in time.</numerusform>
            <numerusform>%n jobs went back to the dispatch queue: the providers did not accept in time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention sweep did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole store is re-encrypted under a new random data key and sealed to every remaining account, so key slots kept in older copies (backups made before an account was removed) no longer open it. For this store it takes %1. This console closes the store meanwhile and opens it again afterwards; every other console and command must close it first. Enter your password to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ContinuousDispatchPanel</name>
    <message>
        <source>Continuous auto-dispatch could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous auto-dispatch is off: new orders wait for you. An administrator can switch it on in the auto-dispatch settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous auto-dispatch proposes a provider for each new order; accept a proposal with its button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous auto-dispatch assigns new orders as they arrive; each row says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign as proposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CourseCompletionDialog</name>
    <message>
        <source>Record a course completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialActions</name>
    <message>
        <source>Approve credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1 of %2? You have checked it against the original or its scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 approved: %n suspension(s) it resolves lifted.</source>
        <translation>
            <numerusform>%1 approved: the suspension it resolves is lifted.</numerusform>
            <numerusform>%1 approved: %n suspensions it resolves are lifted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the credential rejected? The reason goes into the application&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CredentialCard</name>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan yet — drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, JPEG or PDF, at most %1 MiB; you can also drop a file on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans show full ID numbers: only roles that may see them open scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this credential: it matches the original or its scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject this credential with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct its number, issuer or dates before reviewing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CredentialDialog</name>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have seen the original: approve it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (%1); type the full number to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged when left empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialReview</name>
    <message>
        <source>waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialType</name>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerAsk</name>
    <message>
        <source>Return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CustomerDialog</name>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (type a new number to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is hidden for your role. Leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender is m, f or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CustomersPage</name>
    <message>
        <source>Add customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, or by phone digits (e.g. the last four)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an order for the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, the last 4 phone digits or the whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected customer asks for a copy of their data, its deletion or to withdraw a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the customer who asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected customer&apos;s name, number, district or address (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the customer to correct first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataKeyRotation</name>
    <message>
        <source>These accounts have not logged in since key slots changed, so the new key cannot be sealed to them without their passwords: %1. Ask them to log in once, or reset their passwords, then rotate the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the re-encrypted store into place; the store is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::DataRequestDialog</name>
    <message>
        <source>Export their data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject request — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks about their personal data. Export gives them a copy of everything held (a web page to print and the same data as JSON). Corrections are made in their record. Anonymising deletes their personal data but keeps their orders and payments for the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left and asks about their personal data. Export gives them a copy of everything held. Anonymising deletes their personal data and credential scans but keeps their jobs, ratings and the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal-data-customer-%1.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal-data-provider-%1.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:
%1

The files hold the person&apos;s data unencrypted: hand them over, then delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will receive no more marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1?

Their name, phone number, addresses, notes, comments and complaint texts are replaced by &quot;%2&quot; everywhere, and every consent ends. Their orders, payments and refunds stay for the accounts, without anything that says who they were. Copies waiting for sync are purged.

This cannot be undone: export their data first if they asked for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1?

Their name, phone and ID numbers, birth date and home address are replaced by &quot;%2&quot; or emptied, and their credential scans (ID card, health certificate, qualifications) are deleted. Their jobs, ratings and the ledger stay. Copies waiting for sync are purged.

This cannot be undone: export their data first if they asked for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is anonymised: %2 record(s) rewritten, %3 scan(s) deleted, %4 queued sync cop(ies) purged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchCommand</name>
    <message>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone on the schedule board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::DispatchMap</name>
    <message>
        <source>Map tiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · window %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 orders of the day are drawn; choose a district or a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at the job %1 %n min ago (from the order&apos;s timeline)</source>
        <translation>
            <numerusform>at the job %1 %n minute ago (from the order&apos;s timeline)</numerusform>
            <numerusform>at the job %1 %n minutes ago (from the order&apos;s timeline)</numerusform>
        </translation>
    </message>
    <message>
        <source>home base (no position reported today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins: red waiting for dispatch · amber given to a provider · green under way · grey done. Squares: providers at the last place the store knows (filled: their app&apos;s last report or a job they reached, with its age; hollow: home base, no position reported). Numbers: candidates for the selected order, best first. Drag to pan, wheel to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reported by the provider&apos;s app %n min ago</source>
        <translation>
            <numerusform>reported by the provider&apos;s app %n minute ago</numerusform>
            <numerusform>reported by the provider&apos;s app %n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::DispatchRulesDialog</name>
    <message>
        <source>Dispatch rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road distance divided by straight-line distance in this city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average door-to-door speed between jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when travel to a job is longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the provider&apos;s rating is below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… counting only providers with at least this many ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the job would make the day longer than this many jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every drop on the schedule board and every auto-dispatch plan is checked against these. Clashes count the travel between jobs: straight-line distance × road factor at the average speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assigned job the provider has not accepted in this time goes back to the dispatch queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order board marks an order late when it is still waiting this long before its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider must accept an assigned job within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order is late when still not dispatched this long before its window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchRulesText</name>
    <message>
        <source>Provider not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the customer&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash with another job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily job limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is not active (suspended, deactivated or not yet approved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not offer this service category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is suspended for this service category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service requires a qualification certificate the provider does not hold (or it has expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has asked not to be served by this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The start is %n minute(s) outside the customer&apos;s time window.</source>
        <translation>
            <numerusform>The start is %n minute outside the customer&apos;s time window.</numerusform>
            <numerusform>The start is %n minutes outside the customer&apos;s time window.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job does not fit the provider&apos;s working hours that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It clashes with %1: %n more minute(s) are needed, counting travel between the two jobs.</source>
        <translation>
            <numerusform>It clashes with %1: %n more minute is needed, counting travel between the two jobs.</numerusform>
            <numerusform>It clashes with %1: %n more minutes are needed, counting travel between the two jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>another job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would be job %1 of the day, over the provider&apos;s daily limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Travel to this job takes about %n minute(s).</source>
        <translation>
            <numerusform>Travel to this job takes about %n minute.</numerusform>
            <numerusform>Travel to this job takes about %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider&apos;s rating is %1 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would be job %1 of the provider&apos;s day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District not served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not serve the order&apos;s district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined or timed out before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider declined this order or let it time out before; auto-dispatch does not offer it to them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs confirmation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs the provider has not accepted yet can be moved; reschedule %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another provider on the schedule board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>The CA fingerprint must be 64 hexadecimal digits (SHA-256), with or without colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a CA other than the one whose fingerprint was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for this console&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ExpiringCredentialsView</name>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired or expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the renewed credential; an approved renewal lifts the suspension its expiry caused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the credential to renew first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal was recorded and the suspension lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The renewal was recorded; %n suspended skill(s) can be dispatched again.</source>
        <translation>
            <numerusform>The renewal was recorded; %n suspended skill can be dispatched again.</numerusform>
            <numerusform>The renewal was recorded; %n suspended skills can be dispatched again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ExportDialog</name>
    <message>
        <source>Export a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8, for Excel and scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (A4, to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (customers and providers) and phone numbers in full (the file must be kept safe)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::FilterBar</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Doorstep&lt;/h2&gt;&lt;p&gt;No store is open yet. A store is one encrypted file holding all of your office&apos;s data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a new office: name it and choose its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realistic Shanghai franchise with a year of orders, to try every area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store file made by this or another console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 徐汇旗舰店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the password down somewhere safe: without it (or another administrator), the data cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep stores (*.doorstep);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagState</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FontCheck</name>
    <message>
        <source>No font for Chinese text is installed, so Chinese names will show as boxes. Install one, e.g.: sudo apt-get install fonts-noto-cjk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font for Chinese text is installed, so Chinese names will show as boxes. Install a Chinese font (e.g. Noto Sans CJK SC or Microsoft YaHei).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>line %1: &quot;year&quot; takes one year, e.g. year 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a file covers one year; it already said %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not year, off or work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; needs at least one date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is a weekday; a make-up working day is a Saturday or Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;year&quot; line saying which year it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is not in %3, the year the file covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is listed both as a day off and as a working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpsClient</name>
    <message>
        <source>The stored office certificate, key or CA cannot be read; enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not come from the CA whose fingerprint was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>An ID number has 17 digits and a final digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong: the number was mistyped or invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code is not a real province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::LedgerEntryDialog</name>
    <message>
        <source>Reward or penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive for a reward, negative for a penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>Doorstep is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::LoginDialog</name>
    <message>
        <source>Doorstep — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Doorstep 上门服务 back office&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep stores (*.doorstep);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password and opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::MainWindow</name>
    <message>
        <source>Doorstep — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync: no server set up — working offline, %n change(s) kept for sync</source>
        <translation>
            <numerusform>Sync: no server set up — working offline, %n change kept for sync</numerusform>
            <numerusform>Sync: no server set up — working offline, %n changes kept for sync</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep %1 — back office for home services.
Store: %2
Schema version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new password from your next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep stores (*.doorstep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was copied to %1. The copy is encrypted and opens with the same accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the console after this many idle minutes (0 = never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) past the deadline</source>
        <translation>
            <numerusform>%n complaint past the deadline</numerusform>
            <numerusform>%n complaints past the deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>The data key has not been rotated since %1 was removed (%2). Until it is, a backup made before and that account&apos;s password still open this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the data key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with the server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 · last sync %2 · %n change(s) pending</source>
        <translation>
            <numerusform>Sync: %1 · last sync %2 · %n change pending</numerusform>
            <numerusform>Sync: %1 · last sync %2 · %n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation>
            <numerusform> · %n conflict</numerusform>
            <numerusform> · %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1
Last error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n escalated</numerusform>
            <numerusform>%n escalated</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours and complaints…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSettings</name>
    <message>
        <source>The map&apos;s tile cache size (%1) holds &quot;%2&quot;; it must be a whole number of MB between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s tile address (%1) is not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile cache must be between %1 and %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::MapView</name>
    <message>
        <source>No map tiles are set up (an administrator sets them with Map tiles…): districts are drawn at their centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tiles are out of reach (offline?): districts are drawn at their centres; tiles seen before still show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::NewOrderDialog</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to dispatch now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: surname or phone digits (e.g. the last four)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything the provider should know (door code, pets, tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first: type a surname or phone digits and pick them in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival window has already begun. Record the order anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: surname, the last 4 phone digits or the whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::NewPasswordDialog</name>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OfficeHoursDialog</name>
    <message>
        <source>Office hours and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working day (调休)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>23:59 means until midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed complaint may be reopened within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a provider for deactivation after this many upheld complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a year&apos;s calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file in the documented format (README, &quot;The holiday calendar file&quot;), e.g. cn-statutory-2027.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business-hours SLA targets count only these hours; statutory days off are closed whatever the weekday. Complaints recorded or changed from now on count with what is saved here; deadlines already given keep their dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar: no year loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as a calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 calendar is loaded. Deadlines already given keep their dates; complaints recorded or changed from now on count with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the office must close after it opens (or untick the day to close it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; (%2) holds &quot;%3&quot;, which is not a whole number %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; (%2) holds &quot;%3&quot;, which is not a number %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; (%2) holds %3; it must be %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator can correct it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default, %1, is used until it is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept timeout (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch lead (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long travel (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low rating (stars × 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings before the low-rating warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy day (jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating assumed for unrated providers (stars × 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred-provider bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty for an order left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty per priority level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-dispatch time budget (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider minimum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider maximum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a health certificate must still be valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings in the low-rating window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-rating flag below (stars × 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years a customer&apos;s personal data is kept after their last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office opens on Monday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closes on Monday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office opens on Tuesday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closes on Tuesday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office opens on Wednesday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closes on Wednesday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office opens on Thursday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closes on Thursday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office opens on Friday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closes on Friday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office opens on Saturday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closes on Saturday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office opens on Sunday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closes on Sunday (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office opens on a make-up working day (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closes on a make-up working day (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a closed complaint may be reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund limit of new staff (fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld complaints that flag a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days counted for upheld complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous auto-dispatch (0 off, 1 propose, 2 assign)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OrderBoard</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OrderDetailView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · taken back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider declined…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s timeline):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · in the app, through the payment provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEvent</name>
    <message>
        <source>Submitted for dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back from the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: the provider did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, recorded by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEventVerb</name>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>No such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order that is %1 cannot be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has used all order numbers for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no district or location; correct the customer&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the console itself records system events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OrderStepDialog</name>
    <message>
        <source>The customer (on the phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason; it is kept in the order&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTimeoutService</name>
    <message numerus="yes">
        <source>The provider did not accept within %n minute(s).</source>
        <translation>
            <numerusform>The provider did not accept within %n minute.</numerusform>
            <numerusform>The provider did not accept within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number (DS…), customer phone digits or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an order on the phone (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number (DS…), the last 4 phone digits, the whole number or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the orders without this narrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a paid refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersSource</name>
    <message>
        <source>Order detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by service category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>View staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See customers&apos; full phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle data-subject requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review provider credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend, reward and penalise providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See providers&apos; full phone and ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and reschedule orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue refunds within the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve refunds over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a store with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one&apos;s own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle providers&apos; data requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign complaints to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the store&apos;s data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark refunds paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the console with a sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the SLA policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reports with personal data unmasked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneSearch</name>
    <message>
        <source>Search a phone number by 3 to 11 of its digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a phone number by its last 4 digits or the whole 11-digit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-up needs the whole 11-digit number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>No such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s personal data is anonymised already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The customer has %n open order(s): finish or cancel them first; their address is needed until then.</source>
        <translation>
            <numerusform>The customer has %n open order: finish or cancel it first; their address is needed until then.</numerusform>
            <numerusform>The customer has %n open orders: finish or cancel them first; their address is needed until then.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider&apos;s personal data is anonymised already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the provider (or reject the application) first: only a provider who has left can be anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider still holds %n job(s): take them back first.</source>
        <translation>
            <numerusform>The provider still holds %n job: take it back first.</numerusform>
            <numerusform>The provider still holds %n jobs: take them back first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses used for orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers you asked not to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests about your personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who handled your data (audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential scans held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards and penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivation proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data held about provider #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data held about customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: %1. Made %2 by %3. The same data, machine-readable, is in the JSON file given with this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the id or mobile number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers have the mobile number %1: give the customer&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider has the id or mobile number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several providers have the mobile number %1: give the provider&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent to the service itself ends only with the customer&apos;s data: anonymise the customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no consent in force for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderChecklist</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For judgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderChecks</name>
    <message>
        <source>No ID number was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 17 digits and a final digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birth date can be read from the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region can be read from the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age is unknown without a valid birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong: the number was mistyped or invented (it should end in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code %1 is not a real province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date on the form matches the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years old: providers must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years old: the platform accepts providers up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health certificate was rejected; a new one is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health certificate has been provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health certificate is not valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health certificate has no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The health certificate expires on %1, in %n day(s); it must be valid for at least %2 more days.</source>
        <translation>
            <numerusform>The health certificate expires on %1, in %n day; it must be valid for at least %2 more days.</numerusform>
            <numerusform>The health certificate expires on %1, in %n days; it must be valid for at least %2 more days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The health certificate is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needed for %2) was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: it is required for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No background check has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background check is clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background check found a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background check has been requested; no result yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number is a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date on the form does not match the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ProviderCorrectionDialog</name>
    <message>
        <source>Correct provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home district:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (type a new number to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ProviderDetailPane</name>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm deactivation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course completed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward or penalty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1 · ID %2 · points %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home: %1 %2
Serves: %3
Working hours: %4
Joined: %5
Background check: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / pass mark %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 average from %n rating(s)</source>
        <translation>
            <numerusform>%1 average from %n rating</numerusform>
            <numerusform>%1 average from %n ratings</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the second failed attempt: a deactivation flag was raised for a decision (Flags tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the provider stay despite the flag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record background check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested from %1, no result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 deactivated? They receive no more orders; the reason is shown with their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their %n other open flag(s) are settled with this decision.</source>
        <translation>
            <numerusform>Their other open flag is settled with this decision.</numerusform>
            <numerusform>Their %n other open flags are settled with this decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ProviderDirectoryPage</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best rated first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most points first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message>
        <source>Only providers with a deactivation flag awaiting your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, the last 4 phone digits or the whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected provider has left and asks for a copy of their data or its deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the provider who asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected provider&apos;s name, number, home district or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the provider to correct first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider&apos;s data was anonymised or is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every provider again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDisciplineService</name>
    <message>
        <source>No such flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flag has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course cannot be completed in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment cannot be taken in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say why the provider stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason for the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry moves points, money or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say why the provider is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by the deactivation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderExpiryService</name>
    <message>
        <source>ID card expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderFacts</name>
    <message>
        <source>No such provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderFlags</name>
    <message>
        <source>Failed the assessment &quot;%1&quot; %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating %1 over the last %2 orders, below %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints upheld within %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderReviewService</name>
    <message>
        <source>No such application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application has already been decided (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application cannot be approved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say why the application is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say what information is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which qualification this certificate is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential cannot expire before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential has already been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the agency that made the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a credential waiting for review can be corrected; this one has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say why the credential is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A background check cannot have been made in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider&apos;s data was anonymised; there is nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender is m, f or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MiB; a scan may be at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG or PDF file; only those can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderRows</name>
    <message>
        <source>No such provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderStatus</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RateOrderDialog</name>
    <message>
        <source>Customer&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> star(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ReasonDialog</name>
    <message>
        <source>Please give a reason; it is kept with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan, e.g. 50 or 35.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer is refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to your refund limit you approve it yourself afterwards; above it a manager approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter an amount in yuan greater than zero, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RefundLimitDialog</name>
    <message>
        <source>Limit (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter an amount in yuan, zero or more, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>The refund no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down why the customer is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to refund must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint was rejected; reopen it before refunding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was not paid: there is nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to refund on this order: its refunds (requested, approved or paid) already reach the %1 paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the %2 paid for this order is left to refund (the rest is already requested, approved or paid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund changed in another session; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above your refund limit of %2: a manager or an administrator other than you approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down why the refund is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer paid this order in the app: the platform pays the refund back through its payment provider once the approval has synced, and marks it paid. Nothing to mark by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundStatus</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There is no report called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must have a first and a last day, the first not after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no district with the code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service category with the code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the report is to be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: is it open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n row(s)</source>
        <translation>
            <numerusform>Total: %n row</numerusform>
            <numerusform>Total: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data NOT masked: keep this file safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data NOT masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RescheduleOrderDialog</name>
    <message>
        <source>Reschedule order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider is released and the order goes back to the dispatch queue with the new window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New arrival window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new window has already begun; choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReserviceProvider</name>
    <message>
        <source>The same provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RetentionDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sweep now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept for ever (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s personal data is anonymised when they have had no order and no change to their record for this long. Orders and payments stay for the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention is off: nobody is anonymised for inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) inactive for more than %1 year(s) would be anonymised now.</source>
        <translation>
            <numerusform>%n customer inactive for more than %1 year(s) would be anonymised now.</numerusform>
            <numerusform>%n customers inactive for more than %1 year(s) would be anonymised now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is due: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n customer(s) with no order and no change for more than %1 year(s)?

Their names, phone numbers, addresses and notes are replaced for good; their orders and payments stay.</source>
        <translation>
            <numerusform>Anonymise %n customer with no order and no change for more than %1 year(s)?

Their name, phone number, address and notes are replaced for good; their orders and payments stay.</numerusform>
            <numerusform>Anonymise %n customers with no order and no change for more than %1 year(s)?

Their names, phone numbers, addresses and notes are replaced for good; their orders and payments stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising inactive customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) anonymised (%1 record(s) rewritten, %2 queued sync cop(ies) purged).</source>
        <translation>
            <numerusform>%n customer anonymised (%1 record(s) rewritten, %2 queued sync cop(ies) purged).</numerusform>
            <numerusform>%n customers anonymised (%1 record(s) rewritten, %2 queued sync cop(ies) purged).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: the rest are still due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RetentionRunner</name>
    <message numerus="yes">
        <source>Retention: %n customer(s) without activity for %1 year(s) were anonymised (%2 record(s) rewritten); see the audit log.</source>
        <translation>
            <numerusform>Retention: %n customer without activity for %1 year(s) was anonymised (%2 record(s) rewritten); see the audit log.</numerusform>
            <numerusform>Retention: %n customers without activity for %1 year(s) were anonymised (%2 record(s) rewritten); see the audit log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ReturnVisitDialog</name>
    <message>
        <source>Return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>For the provider (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free order for the same service at the same address goes to the dispatch queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window has already begun; choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnVisitService</name>
    <message>
        <source>The complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is closed; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data was anonymised; no order can be made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider was assigned to the original order: choose &quot;another provider&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return visit %1 is not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ReviewPage</name>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a reason (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the applicant for more information (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next application in the queue (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full ID number (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full phone number (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Ctrl+Enter approve · Ctrl+R reject · Ctrl+I ask for information · Ctrl+N next · Esc back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one in the queue and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials have been submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be approved yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application has already been decided (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be approved yet:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1? They become an active provider for the skills applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the application rejected? The reason is kept with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing or unclear? The applicant is told this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record background check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the agency&apos;s answer, or that a check was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credential the applicant brought or sent (e.g. a renewal), then attach its scan and approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check: requested from %1, no result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1 · %2
Home: %3 %4
Serves: %5
Applies for: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ReviewQueuePage</name>
    <message>
        <source>Open next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting &gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the longest-waiting application after the current one (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected application · Ctrl+N opens the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no more applications in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, the last 4 phone digits or the whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationRun</name>
    <message>
        <source>Re-encrypting the store under a new data key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The store is re-encrypted under a new data key (%n account(s), %1 MiB, %2 s). Copies made before no longer open it.</source>
        <translation>
            <numerusform>The store is re-encrypted under a new data key (%n account, %1 MiB, %2 s). Copies made before no longer open it.</numerusform>
            <numerusform>The store is re-encrypted under a new data key (%n accounts, %1 MiB, %2 s). Copies made before no longer open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rotation was cancelled; the store is as it was and the rotation is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key was not rotated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Very unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanFiles</name>
    <message>
        <source>Add scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MiB; a scan may be at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanTempFiles</name>
    <message>
        <source>Could not create the folder for temporary copies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder of this console; no copy was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user; no copy was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make %1 private; no copy was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is neither PNG, JPEG nor PDF; no copy was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a temporary copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ScanViewer</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scan of a credential to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF (%2 KiB). This build of Doorstep cannot show PDF pages (Qt PDF is not installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be shown as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, too large to show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ScheduleBoard</name>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to selected provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on the board does the same: the earliest start the rules allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the day&apos;s waiting orders automatically, review the proposals and accept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for dispatch (drag onto a provider; drag a job back here to take it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3
Window %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot place the job here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the job anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules allow this, but:
%1

Place it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order on the left and a provider on the board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back on the schedule board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel speed and road factor, and when a drop asks for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on the board: Up/Down provider · Enter assign · Left/Right pick a job · Alt+Left/Right 15 min earlier/later · Ctrl+X then Enter move to another provider · Delete take back · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 providers by name: choose a district or a service to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has been accepted by the provider; reschedule it from the order&apos;s detail instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ScheduleTimeline</name>
    <message>
        <source>Accepted by the provider: reschedule to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>%1 of row %2 is &quot;%3&quot;, which this version of Doorstep does not know. The store was changed outside this console or by a newer version of Doorstep; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceLayer</name>
    <message>
        <source>%1 may not: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy (another console is saving); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account no longer exists in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was removed or disabled by an administrator; log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role is now %1, which may not: %2. Log in again to see what your role allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Only an administrator can change these office settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no office setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillStatus</name>
    <message>
        <source>applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message>
        <source>The holiday calendar stored for %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it covers another year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office hours leave no day open, so no business-hours deadline can be set. An administrator can correct them in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar file was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SLA policy for %1 complaints of %2 severity; an administrator must add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy for %1 / %2 names an unknown unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar has no file for %1: business-hours deadlines treat its holidays as working days. An administrator should load the year&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar ends with %1: load the %2 calendar when the State Council publishes it, or deadlines running into January will count holidays as working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one weekday must have open hours: business-hours deadlines count only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours lie within one day, from 00:00 to 24:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::SlaPolicyDialog</name>
    <message>
        <source>minutes, around the clock (24×7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business minutes (office hours only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days (closing time of the Nth working day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each complaint gets a first-response and a resolution deadline from the policy of its category and severity when it is recorded. Complaints already open keep the deadlines they were given; complaints recorded from a change on, and the fresh resolution target of a reopened one, use the new policy. Business time counts the office hours and the holiday calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours and calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: intake is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 saved. New complaints of this kind get these targets; %n open complaint(s) of this kind keep the deadlines they were given.</source>
        <translation>
            <numerusform>%1 saved. New complaints of this kind get these targets; %n open complaint of this kind keeps the deadlines it was given.</numerusform>
            <numerusform>%1 saved. New complaints of this kind get these targets; %n open complaints of this kind keep the deadlines they were given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaPolicyService</name>
    <message numerus="yes">
        <source>%n hour(s) around the clock</source>
        <translation>
            <numerusform>%n hour around the clock</numerusform>
            <numerusform>%n hours around the clock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) around the clock</source>
        <translation>
            <numerusform>%n minute around the clock</numerusform>
            <numerusform>%n minutes around the clock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n business hour</numerusform>
            <numerusform>%n business hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business minute(s)</source>
        <translation>
            <numerusform>%n business minute</numerusform>
            <numerusform>%n business minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>The first-response target must be at least 1 and at most %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution target must be at least 1 and at most %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first response (%1) would be due after the resolution (%2); a complaint must be answered before it is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialogs</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting the password (this takes a moment)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::StaffPage</name>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now log in with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Their key slot is deleted at once: they can no longer open the store. Their past actions stay in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is removed. Backups and other copies of the store made before still hold %1&apos;s key slot, and until the store is re-encrypted under a new data key, such a copy with %1&apos;s password opens the current store too.

Rotate the data key now? It takes about %2 for this store; this console closes the store meanwhile, and every other console must close it first. Choose No to do it later: the console reminds you until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default refund limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this amount %1 approves their own refund requests; above it a manager or an administrator does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default refund limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund limit new staff accounts start with (each account&apos;s own limit is changed with Refund limit…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>No such staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store must keep at least one administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is taken (user names are never reused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed meanwhile (by an administrator?). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund limit lies between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagedStore</name>
    <message>
        <source>cannot write %1 to the disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::StatTile</name>
    <message>
        <source>%1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Your role may not view statistics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::StatsPage</name>
    <message>
        <source>≥ 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation → assignment, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation → assignment, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-dispatched share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per 100 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld complaints per 100 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints closed within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: reached completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active providers per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-hours utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts and services: a provider works across them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (yuan) by service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers by average rating in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active providers per day (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best and worst providers in the period: by average rating (at least %1 ratings) and by upheld complaints per 100 orders (at least %2 orders). Click a provider for the orders behind the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest upheld complaints %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most upheld complaints %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the upheld complaints about the period&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the complaints about the period&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld, about orders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About orders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsReports</name>
    <message>
        <source>Daily operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median minutes to assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes from creation to assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by district and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld per 100 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by district, stacked by service category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1, this console knows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the backup into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at that path; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Doorstep store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is truncated: part of it is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s key-slot header is damaged, so no account can unlock it. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with that user name in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged or has been tampered with: its pages fail authentication. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was written by a newer version of Doorstep; update the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no room for another staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open in another console or command; close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committed key slots are unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slots of %1 can only be rewrapped with their passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store could not leave WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy to the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file was replaced (re-encrypted or restored) while it was being opened; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollup %1 differs from the orders: %2 rows missing or wrong, %3 rows extra or wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLedger</name>
    <message>
        <source>This console is not enrolled with a sync server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered for mutation %1, which was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the booking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another office changed %1 later; its value was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office %1 changed %2 later; its value replaced this office&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take this row of the office&apos;s data at enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreRestore</name>
    <message>
        <source>The backup and the store are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the restored store into place; the old store is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the restored store into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::SyncDialog</name>
    <message>
        <source>Enroll this console with the office&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB:CD:… (printed by doorstep-server init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code from doorstep-server offices add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts: changes the server refused. Nothing is dropped silently: a refused booking is taken back here and its order returns to its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending this office&apos;s data as the first snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)…</source>
        <translation>
            <numerusform>Sent %n change…</numerusform>
            <numerusform>Sent %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s)…</source>
        <translation>
            <numerusform>Received %n change…</numerusform>
            <numerusform>Received %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office %1, server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled: this console works offline and keeps its changes for sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent, %1.</source>
        <translation>
            <numerusform>%n change waiting to be sent, %1.</numerusform>
            <numerusform>%n changes waiting to be sent, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unseen conflict(s)</source>
        <translation>
            <numerusform>%n unseen conflict</numerusform>
            <numerusform>%n unseen conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent %2, applied %3, refused %4, received %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRound</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a push without any result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says there is more to pull but sends nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks sync protocol %1; this console speaks %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWire</name>
    <message>
        <source>The server&apos;s reply lacks &quot;%1&quot; or has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::TileSettingsDialog</name>
    <message>
        <source>Tiles are in GCJ-02 (高德, 腾讯 and other Chinese maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XYZ tile address with {z}, {x} and {y} (and {s} for a subdomain). Leave it empty for no tiles: the map then draws the districts on a plain ground. Check the tile provider&apos;s terms of use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileSource</name>
    <message>
        <source>The tile address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile address has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile address has {s} but no subdomains are given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::UnlockDialog</name>
    <message>
        <source>Doorstep — Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is locked. %1 (%2), enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong, or your account was changed by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A user name has 3 to 32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid mainland China mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerLedger</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The account %1 has a key but no staff record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ApplicationsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ComplaintsModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ContinuousDispatch</name>
    <message numerus="yes">
        <source>Auto-dispatch assigned %n new order(s).</source>
        <translation>
            <numerusform>Auto-dispatch assigned %n new order.</numerusform>
            <numerusform>Auto-dispatch assigned %n new orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer waiting for dispatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned again: it came back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-dispatch proposal accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ContinuousDispatchModel</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::CustomersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ExpiringCredentialsModel</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::OrdersModel</name>
    <message numerus="yes">
        <source>Not dispatched %n minute(s) before the window</source>
        <translation>
            <numerusform>Not dispatched %n minute before the window</numerusform>
            <numerusform>Not dispatched %n minutes before the window</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started on time (planned %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ProvidersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deactivation flag(s) awaiting a decision</source>
        <translation>
            <numerusform>%n open deactivation flag awaiting a decision</numerusform>
            <numerusform>%n open deactivation flags awaiting a decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ScheduleModel</name>
    <message>
        <source>Booked by office %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n min travel</source>
        <translation>
            <numerusform>%1 · %n min travel</numerusform>
            <numerusform>%1 · %n min travel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit for the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to drop here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no free time in this order&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::StaffModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::SyncConflictsModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider already booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: back in its queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::sync::SyncClient</name>
    <message>
        <source>sent %1, applied %2, refused %3, received %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enrolled as %1 (%2); %n row(s) sent as the first snapshot.</source>
        <translation>
            <numerusform>Enrolled as %1 (%2); %n row sent as the first snapshot.</numerusform>
            <numerusform>Enrolled as %1 (%2); %n rows sent as the first snapshot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ProviderDetailPane</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
