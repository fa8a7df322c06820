<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>doorstep::ui::AddStaffDialog</name>
    <message>
        <source>Add staff account</source>
        <translation>添加员工账号</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>例如 zhang.wei</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Mobile (optional):</source>
        <translation>手机号（选填）：</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
</context>
<context>
    <name>ApplicationState</name>
    <message>
        <source>New</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>待补充资料</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::AssessmentResultDialog</name>
    <message>
        <source>Record an assessment result</source>
        <translation>登记考核成绩</translation>
    </message>
    <message>
        <source>%1 (pass mark %2)</source>
        <translation>%1（及格分 %2）</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>考核日期</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>第 %1 条记录缺失</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2</source>
        <translation>第 %1 条记录与第 %2 条记录衔接不上</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>第 %1 条记录在写入后被篡改</translation>
    </message>
    <message>
        <source>the log ends early: entries after %1 were removed</source>
        <translation>日志提前结束：第 %1 条之后的记录被删除</translation>
    </message>
</context>
<context>
    <name>AutoDispatchCommand</name>
    <message numerus="yes">
        <source>Auto-dispatch %n order(s)</source>
        <translation>
            <numerusform>自动派单 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Some orders could not be dispatched again:
%1</source>
        <translation>部分订单无法重新派单：
%1</translation>
    </message>
    <message>
        <source>Some orders were left as they are:
%1</source>
        <translation>部分订单保持原样：
%1</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::AutoDispatchDialog</name>
    <message>
        <source>Only windows starting from</source>
        <translation>仅限预约时段开始于</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translation>采纳勾选项</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Auto-dispatch %1</source>
        <translation>自动派单 %1</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置……</translation>
    </message>
    <message>
        <source>Weights of the objective and the time budget (office settings)</source>
        <translation>目标函数权重和计算时限（门店设置）</translation>
    </message>
    <message>
        <source>Close without writing</source>
        <translation>关闭，不保存</translation>
    </message>
    <message>
        <source>Waiting orders in</source>
        <translation>待派单订单范围：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Choose the orders and press Run. Nothing is written until you accept.</source>
        <translation>选择订单后点击“运行”。在您采纳之前不会保存任何更改。</translation>
    </message>
    <message>
        <source>No orders are waiting for dispatch in this selection.</source>
        <translation>所选范围内没有待派单的订单。</translation>
    </message>
    <message numerus="yes">
        <source>Planning %n order(s)</source>
        <translation>
            <numerusform>正在规划 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n candidate provider(s)…</source>
        <translation>
            <numerusform>，候选服务人员 %n 位……</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未保存任何更改。</translation>
    </message>
    <message>
        <source>The time budget ran out; this is the best plan found so far.</source>
        <translation>计算时限已到；这是目前找到的最佳方案。</translation>
    </message>
    <message>
        <source>Tick the proposals to keep and accept them. Hover a reason to read it whole.</source>
        <translation>勾选要保留的派单建议并采纳。鼠标悬停在原因上可查看完整内容。</translation>
    </message>
    <message>
        <source>Plan: %1 assigned, %2 not assigned, travel %3 min, lateness %4 min, objective %5.</source>
        <translation>方案：已派 %1 单，未派 %2 单，路程 %3 分钟，延后 %4 分钟，目标值 %5。</translation>
    </message>
    <message>
        <source>Nearest-available baseline: %1 assigned, %2 not assigned, travel %3 min, lateness %4 min, objective %5.</source>
        <translation>就近可用基准：已派 %1 单，未派 %2 单，路程 %3 分钟，延后 %4 分钟，目标值 %5。</translation>
    </message>
    <message>
        <source>%1 candidate providers, %2 ms.</source>
        <translation>候选服务人员 %1 位，耗时 %2 毫秒。</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n ticked</source>
        <translation>
            <numerusform>采纳勾选的 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-dispatch</source>
        <translation>自动派单</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were dispatched. These were left waiting, because things changed since the plan was made:</source>
        <translation>
            <numerusform>已派出 %n 个订单。以下订单因方案生成后情况有变，仍为待派单：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::AutoDispatchProposalsModel</name>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未派单）</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>预约时段</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>路程</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>延后</translation>
    </message>
    <message>
        <source>Deciding term</source>
        <translation>决定因素</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AutoDispatchService</name>
    <message>
        <source>Choose a time range that ends after it starts.</source>
        <translation>请选择结束时间晚于开始时间的时间范围。</translation>
    </message>
    <message>
        <source>None of the proposals can be applied any more:
%1</source>
        <translation>所有派单建议均已无法执行：
%1</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>订单不存在。</translation>
    </message>
    <message>
        <source>It is %1 now.</source>
        <translation>订单当前状态为“%1”。</translation>
    </message>
    <message>
        <source>It was dispatched by hand since.</source>
        <translation>此后已被手动派单。</translation>
    </message>
    <message>
        <source>Auto-dispatch undone</source>
        <translation>已撤销自动派单</translation>
    </message>
    <message>
        <source>None of these orders can be taken back:
%1</source>
        <translation>这些订单均无法撤回：
%1</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::AutoDispatchSettingsDialog</name>
    <message>
        <source>Auto-dispatch settings</source>
        <translation>自动派单设置</translation>
    </message>
    <message>
        <source>Per minute of travel</source>
        <translation>每分钟路程</translation>
    </message>
    <message>
        <source>The unit of every other weight: one minute of driving.</source>
        <translation>其他所有权重的计量单位：一分钟车程。</translation>
    </message>
    <message>
        <source>Per minute after the window opens</source>
        <translation>预约时段开始后每延后一分钟</translation>
    </message>
    <message>
        <source>How much an early start matters.</source>
        <translation>尽早开始服务的重要程度。</translation>
    </message>
    <message>
        <source>Per star below five</source>
        <translation>每低于五星一星</translation>
    </message>
    <message>
        <source>Prefers better-rated providers.</source>
        <translation>优先评分更高的服务人员。</translation>
    </message>
    <message>
        <source>Rating assumed without ratings</source>
        <translation>无评价时的默认评分</translation>
    </message>
    <message>
        <source>Stars, for providers nobody has rated yet.</source>
        <translation>星级，用于尚无评价的服务人员。</translation>
    </message>
    <message>
        <source>Per point of the provider&apos;s balance</source>
        <translation>服务人员每一积分</translation>
    </message>
    <message>
        <source>Rewards providers with a good points balance.</source>
        <translation>优先积分较高的服务人员。</translation>
    </message>
    <message>
        <source>Per job already that day</source>
        <translation>当天每个已有工单</translation>
    </message>
    <message>
        <source>Spreads the work across providers.</source>
        <translation>在服务人员之间均衡分配工作量。</translation>
    </message>
    <message>
        <source>Bonus for the customer&apos;s preferred provider</source>
        <translation>客户偏好服务人员的加分</translation>
    </message>
    <message>
        <source>Cost of leaving an order out</source>
        <translation>订单未派出的代价</translation>
    </message>
    <message>
        <source>An order is left out when placing it would cost more.</source>
        <translation>当安排某订单的代价更高时，该订单将不予派出。</translation>
    </message>
    <message>
        <source>Extra cost per priority level</source>
        <translation>每级优先级的额外代价</translation>
    </message>
    <message>
        <source>Time budget (seconds)</source>
        <translation>计算时限（秒）</translation>
    </message>
    <message>
        <source>The planner returns its best plan when the time is up.</source>
        <translation>时间到后，规划器返回目前最佳方案。</translation>
    </message>
    <message>
        <source>Costs are in minute-equivalents: auto-dispatch picks the plan with the lowest total.</source>
        <translation>代价以分钟当量计：自动派单选择总代价最低的方案。</translation>
    </message>
    <message>
        <source>Off: new orders wait for a dispatcher</source>
        <translation>关闭：新订单等待调度员处理</translation>
    </message>
    <message>
        <source>Propose: a dispatcher accepts each proposal</source>
        <translation>建议：由调度员逐条接受建议</translation>
    </message>
    <message>
        <source>Assign: new orders are assigned at once</source>
        <translation>自动派单：新订单立即派出</translation>
    </message>
    <message>
        <source>What a console does with orders that arrive while it runs (from the apps or typed in), with the same explanations as a planned day.</source>
        <translation>控制台运行期间新到的订单（来自 App 或手工录入）如何处理；说明与整日规划相同。</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>新订单</translation>
    </message>
</context>
<context>
    <name>AutoDispatchText</name>
    <message>
        <source>Travel</source>
        <translation>路程</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>延后</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>客户偏好</translation>
    </message>
    <message>
        <source>The only provider who can take this order on this plan.</source>
        <translation>在此方案中唯一能接此订单的服务人员。</translation>
    </message>
    <message>
        <source>Less travel: %1 min added, against %2 min for %3.</source>
        <translation>路程更短：增加 %1 分钟，%3 需 %2 分钟。</translation>
    </message>
    <message>
        <source>Earlier start: %1 min into the window, against %2 min for %3.</source>
        <translation>开始更早：预约时段开始后 %1 分钟，%3 为 %2 分钟。</translation>
    </message>
    <message>
        <source>Better rating: %1 stars, against %2 for %3.</source>
        <translation>评分更高：%1 星，%3 为 %2 星。</translation>
    </message>
    <message>
        <source>Better points balance: %1, against %2 for %3.</source>
        <translation>积分更高：%1，%3 为 %2。</translation>
    </message>
    <message>
        <source>Lighter day: %1 job(s) already, against %2 for %3.</source>
        <translation>当天工作量更少：已有 %1 单，%3 为 %2 单。</translation>
    </message>
    <message>
        <source>The customer prefers this provider; the next best is %1.</source>
        <translation>客户偏好此服务人员；次优人选为 %1。</translation>
    </message>
    <message>
        <source>Ahead of the next best by %1 on %2 and %3 overall.</source>
        <translation>比次优人选在“%2”项上领先 %1，总体领先 %3。</translation>
    </message>
    <message>
        <source>(The time budget ran out before the plan could improve this.)</source>
        <translation>（计算时限已到，方案未能进一步优化此项。）</translation>
    </message>
    <message>
        <source>Not planned: the run stopped (cancelled or out of time) before it reached this order.</source>
        <translation>未规划：运行在处理到此订单之前已停止（被取消或超时）。</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could take it, but only at a cost above leaving it for later.</source>
        <translation>
            <numerusform>有 %n 位服务人员可以接单，但代价高于暂不派单。</numerusform>
        </translation>
    </message>
    <message>
        <source>No active provider with this service serves the district.</source>
        <translation>该区域没有提供此服务的在岗服务人员。</translation>
    </message>
    <message>
        <source>No candidate provider offers this service.</source>
        <translation>没有候选服务人员提供此服务。</translation>
    </message>
    <message>
        <source>No provider can fit it. Most often: %1 (%2 of %3 providers).</source>
        <translation>没有服务人员能安排此订单。最常见原因：%1（%3 位中有 %2 位）。</translation>
    </message>
    <message>
        <source>No candidate provider serves the order&apos;s district.</source>
        <translation>没有候选服务人员服务该订单所在区域。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n provider(s) who could serve it can fit it. Most often: %1 (%2 of them).</source>
        <translation>
            <numerusform>可服务此订单的 %n 位服务人员都排不进。最常见原因：%1（%2 位）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not offered again to the %n provider(s) who declined it or let it time out.</source>
        <translation>
            <numerusform>不再派给曾拒单或超时未接的 %n 位服务人员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::BackgroundCheckDialog</name>
    <message>
        <source>Background check: %1</source>
        <translation>背景调查：%1</translation>
    </message>
    <message>
        <source>Required: the agency and its reference, e.g. 上海安信背调 BJ-2026-0012</source>
        <translation>必填：调查机构及报告编号，例如 上海安信背调 BJ-2026-0012</translation>
    </message>
    <message>
        <source>The day the agency made the check</source>
        <translation>调查机构完成调查的日期</translation>
    </message>
    <message>
        <source>Optional: what the report says</source>
        <translation>选填：报告内容摘要</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Agency / reference</source>
        <translation>机构 / 编号</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Please name the agency that made the check.</source>
        <translation>请填写进行背景调查的机构名称。</translation>
    </message>
</context>
<context>
    <name>BackgroundCheckResult</name>
    <message>
        <source>Requested, no result yet</source>
        <translation>已申请，尚无结果</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>无不良记录</translation>
    </message>
    <message>
        <source>Record found</source>
        <translation>有不良记录</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CancelOrderDialog</name>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Cancelled by:</source>
        <translation>取消方：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n min</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintAttachments</name>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
</context>
<context>
    <name>ComplaintCategory</name>
    <message>
        <source>No-show or late</source>
        <translation>爽约或迟到</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Damage to property</source>
        <translation>财物损坏</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Overcharge</source>
        <translation>乱收费</translation>
    </message>
    <message>
        <source>Safety or privacy incident</source>
        <translation>安全或隐私事件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>Refund of %1 requested</source>
        <translation>已申请退款 %1</translation>
    </message>
    <message>
        <source>Refund of %1 approved</source>
        <translation>已批准退款 %1</translation>
    </message>
    <message>
        <source>Refund of %1 rejected</source>
        <translation>已驳回退款 %1</translation>
    </message>
    <message>
        <source>Refund of %1 paid</source>
        <translation>已支付退款 %1</translation>
    </message>
    <message>
        <source>Return visit %1 dispatched</source>
        <translation>上门返工 %1 已派单</translation>
    </message>
    <message>
        <source>Return visit %1 done</source>
        <translation>上门返工 %1 已完成</translation>
    </message>
    <message>
        <source>Return visit %1 cancelled</source>
        <translation>上门返工 %1 已取消</translation>
    </message>
    <message>
        <source>Return visit %1 ordered</source>
        <translation>已安排上门返工 %1</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>已登记投诉</translation>
    </message>
    <message>
        <source>Given to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Call with the customer</source>
        <translation>与客户通话</translation>
    </message>
    <message>
        <source>Provider suspended pending investigation</source>
        <translation>服务人员已暂停，等待调查</translation>
    </message>
    <message>
        <source>Provider&apos;s suspension lifted</source>
        <translation>已解除服务人员的暂停</translation>
    </message>
    <message>
        <source>Photo attached</source>
        <translation>已添加照片</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ComplaintDetailPane</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The customer asks for</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>已于 %1 响应</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>paused since %1 (waiting for the customer)</source>
        <translation>自 %1 起暂停（等待客户回复）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source> · upheld</source>
        <translation> · 投诉成立</translation>
    </message>
    <message>
        <source> · not upheld</source>
        <translation> · 投诉不成立</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>A deadline runs into a year the holiday calendar does not cover yet: its holidays were counted as working days.</source>
        <translation>有期限延续到节假日日历尚未覆盖的年份：该年的节假日已按工作日计算。</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开……</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Why is the complaint reopened?</source>
        <translation>为什么重新打开此投诉？</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配……</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Give the complaint to:</source>
        <translation>将投诉分配给：</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注……</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The note (kept in the complaint&apos;s timeline):</source>
        <translation>备注（将记入投诉时间线）：</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>通话记录……</translation>
    </message>
    <message>
        <source>Call with the customer</source>
        <translation>与客户通话</translation>
    </message>
    <message>
        <source>What was said on the call:</source>
        <translation>通话内容：</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Customer answered…</source>
        <translation>客户已回复……</translation>
    </message>
    <message>
        <source>The customer answered</source>
        <translation>客户已回复</translation>
    </message>
    <message>
        <source>What the customer said or sent:</source>
        <translation>客户的答复或提供的材料：</translation>
    </message>
    <message>
        <source>Wait for customer…</source>
        <translation>等待客户……</translation>
    </message>
    <message>
        <source>Wait for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>What is the customer asked for? The clocks stop until they answer.</source>
        <translation>需要客户提供什么？在客户答复之前，时限暂停计时。</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决……</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>The resolution the customer was given:</source>
        <translation>给客户的处理结果：</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回……</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Why the complaint is not upheld (the customer is told so):</source>
        <translation>投诉不成立的原因（将告知客户）：</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>批准退款</translation>
    </message>
    <message>
        <source>Reject refund…</source>
        <translation>驳回退款…</translation>
    </message>
    <message>
        <source>Reject refund</source>
        <translation>驳回退款</translation>
    </message>
    <message>
        <source>Why the refund is rejected:</source>
        <translation>驳回退款的原因：</translation>
    </message>
    <message>
        <source>Mark refund paid</source>
        <translation>标记退款已支付</translation>
    </message>
    <message>
        <source>Customer&apos;s satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>flagged to the office manager %1</source>
        <translation>已提醒门店经理 %1</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>上门返工</translation>
    </message>
    <message>
        <source>Paid for the order</source>
        <translation>订单实付金额</translation>
    </message>
    <message>
        <source>%1 · left to refund %2</source>
        <translation>%1 · 剩余可退 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · requested by %3 %4</source>
        <translation>%1 · %2 · 由 %3 于 %4 申请</translation>
    </message>
    <message>
        <source> · approved by %1</source>
        <translation> · 由 %1 批准</translation>
    </message>
    <message>
        <source> · rejected by %1: %2</source>
        <translation> · 被 %1 驳回：%2</translation>
    </message>
    <message>
        <source> · paid (%1 %2)</source>
        <translation> · 已支付（%1 %2）</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation>上门返工…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Attach photo…</source>
        <translation>添加照片……</translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos and scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>照片和扫描件 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Provider suspended</source>
        <translation>服务人员已暂停</translation>
    </message>
    <message>
        <source>pending this investigation since %1</source>
        <translation>自 %1 起暂停，等待本次调查结果</translation>
    </message>
    <message>
        <source>%1 · %2 KiB · %3 %4</source>
        <translation>%1 · %2 KiB · %3 %4</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Suspend provider…</source>
        <translation>暂停服务人员……</translation>
    </message>
    <message>
        <source>Suspend the provider</source>
        <translation>暂停服务人员</translation>
    </message>
    <message>
        <source>Why the provider is suspended while the incident is investigated (shown as the provider&apos;s status; closing the complaint lifts it):</source>
        <translation>调查事件期间暂停该服务人员的原因（将作为服务人员状态显示；投诉结案后自动解除）：</translation>
    </message>
    <message>
        <source>Lift suspension…</source>
        <translation>解除暂停……</translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <source>Why the provider may work again:</source>
        <translation>允许该服务人员恢复工作的原因：</translation>
    </message>
    <message>
        <source> · paid in the app: the payment provider pays refunds back</source>
        <translation> · 已在 App 内支付：退款由支付服务商原路退回</translation>
    </message>
    <message>
        <source> · paid back through the payment provider %1</source>
        <translation> · 已于 %1 通过支付服务商退回</translation>
    </message>
    <message>
        <source> · not paid back yet: the payment provider pays it after the next sync</source>
        <translation> · 尚未退回：下次同步后由支付服务商退款</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ComplaintIntakeDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order number, e.g. DS261202-0-0001</source>
        <translation>订单号，例如 DS261202-0-0001</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>无特别诉求</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>事情经过（按客户原话记录）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>The customer asks for</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Record complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>There is no order with that number.</source>
        <translation>没有该订单号的订单。</translation>
    </message>
    <message>
        <source>PNG, JPEG or PDF, at most %1 MiB each; you can also drop files on the form</source>
        <translation>PNG、JPEG 或 PDF，每个文件最大 %1 MiB；也可以将文件拖放到表单上</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片……</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos and scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>照片和扫描件 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1 (%2 KiB)</source>
        <translation>%1（%2 KiB）</translation>
    </message>
</context>
<context>
    <name>ComplaintService</name>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>That staff member no longer has an account.</source>
        <translation>该员工已没有账号。</translation>
    </message>
    <message>
        <source>Complaints can only be given to someone whose role handles them.</source>
        <translation>投诉只能分配给角色有权处理投诉的员工。</translation>
    </message>
    <message>
        <source>Please write down what the customer complains about.</source>
        <translation>请填写客户投诉的内容。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>The customer&apos;s data was anonymised; a complaint cannot be recorded for them.</source>
        <translation>该客户的个人信息已匿名化，无法为其登记投诉。</translation>
    </message>
    <message>
        <source>The complaint is closed; reopen it first.</source>
        <translation>该投诉已结案；请先重新打开。</translation>
    </message>
    <message>
        <source>You already have this complaint.</source>
        <translation>您已经是该投诉的处理人。</translation>
    </message>
    <message>
        <source>Please write down what was said on the call.</source>
        <translation>请填写通话内容。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>A complaint that is %1 cannot become %2.</source>
        <translation>状态为“%1”的投诉不能变为“%2”。</translation>
    </message>
    <message>
        <source>Please write down the resolution the customer was given.</source>
        <translation>请填写给客户的处理结果。</translation>
    </message>
    <message>
        <source>Please write down what the customer is asked for.</source>
        <translation>请填写需要客户提供的内容。</translation>
    </message>
    <message>
        <source>Please say whether the complaint was upheld.</source>
        <translation>请说明投诉是否成立。</translation>
    </message>
    <message>
        <source>Please write down why the complaint is reopened.</source>
        <translation>请填写重新打开投诉的原因。</translation>
    </message>
    <message>
        <source>The complaint is still open.</source>
        <translation>该投诉尚未结案。</translation>
    </message>
    <message numerus="yes">
        <source>The complaint was closed more than %n day(s) ago and can no longer be reopened; record a new complaint instead.</source>
        <translation>
            <numerusform>该投诉结案已超过 %n 天，不能再重新打开；请改为登记新投诉。</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction is recorded when the complaint is closed, from 1 to 5.</source>
        <translation>投诉结案时记录客户满意度，分 1 到 5 级。</translation>
    </message>
    <message>
        <source>The complaint was closed.</source>
        <translation>该投诉已结案。</translation>
    </message>
</context>
<context>
    <name>ComplaintSeverity</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ComplaintStepDialog</name>
    <message>
        <source>The complaint is upheld (the provider is held to account under the ledger rules)</source>
        <translation>投诉成立（按奖惩规则追究服务人员责任）</translation>
    </message>
    <message>
        <source>Please write something: it goes into the complaint&apos;s timeline.</source>
        <translation>请填写内容：将记入投诉时间线。</translation>
    </message>
    <message>
        <source>Not asked, or no answer</source>
        <translation>未询问或未回答</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction with the resolution:</source>
        <translation>客户对处理结果的满意度：</translation>
    </message>
</context>
<context>
    <name>ComplaintSuspension</name>
    <message>
        <source>Please write down why the provider is suspended.</source>
        <translation>请填写暂停该服务人员的原因。</translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>Only a safety or privacy incident suspends the provider pending investigation.</source>
        <translation>只有安全或隐私事件才能在调查期间暂停服务人员。</translation>
    </message>
    <message>
        <source>The complaint is closed: the investigation is over.</source>
        <translation>该投诉已结案：调查已结束。</translation>
    </message>
    <message>
        <source>No provider was assigned to the order complained about.</source>
        <translation>被投诉的订单未分配服务人员。</translation>
    </message>
    <message>
        <source>The provider is %1: there is nothing to suspend.</source>
        <translation>该服务人员当前状态为“%1”：无需暂停。</translation>
    </message>
    <message>
        <source>The provider is already suspended pending this investigation.</source>
        <translation>该服务人员已因本次调查被暂停。</translation>
    </message>
    <message>
        <source>Safety incident under investigation (order %1): %2</source>
        <translation>安全事件调查中（订单 %1）：%2</translation>
    </message>
    <message>
        <source>Please write down why the suspension is lifted.</source>
        <translation>请填写解除暂停的原因。</translation>
    </message>
    <message>
        <source>The provider is not suspended pending this investigation.</source>
        <translation>该服务人员未因本次调查被暂停。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ComplaintsPage</name>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>新建投诉……</translation>
    </message>
    <message>
        <source>Take a complaint on the phone (Ctrl+N)</source>
        <translation>电话受理投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n 条已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>SLA policies…</source>
        <translation>SLA 规则……</translation>
    </message>
    <message>
        <source>The response and resolution targets per category and severity: view and change them</source>
        <translation>按类型和严重程度设定的响应和解决时限：查看和修改</translation>
    </message>
    <message>
        <source>The response and resolution targets per category and severity</source>
        <translation>按类型和严重程度设定的响应和解决时限</translation>
    </message>
    <message>
        <source>Amber: three quarters of the time used · red: past the deadline · Ctrl+N new complaint · Ctrl+K claim · Ctrl+T note · Ctrl+P call · Ctrl+I investigate · Ctrl+Enter resolve · Ctrl+R reject</source>
        <translation>琥珀色：已用时四分之三 · 红色：已超过期限 · Ctrl+N 新建投诉 · Ctrl+K 认领 · Ctrl+T 备注 · Ctrl+P 通话记录 · Ctrl+I 开始调查 · Ctrl+Enter 解决 · Ctrl+R 驳回</translation>
    </message>
    <message>
        <source>Show the complaints without this narrowing</source>
        <translation>显示全部投诉（取消此筛选）</translation>
    </message>
</context>
<context>
    <name>ComplaintsSource</name>
    <message>
        <source>Complaints and refunds</source>
        <translation>投诉与退款</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>投诉成立</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Refund granted</source>
        <translation>批准退款</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Refund without complaint</source>
        <translation>无投诉退款</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>按类型统计投诉</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>The service itself</source>
        <translation>服务本身</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销推广</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置信息</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>敏感个人信息</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>向境外提供</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ConsoleFlow</name>
    <message>
        <source>Demo store: every account&apos;s password is %1 — admin (administrator), supervisor, dispatcher, agent (service agent), manager.</source>
        <translation>演示数据：所有账号的密码都是 %1 —— admin（管理员）、supervisor（主管）、dispatcher（调度员）、agent（客服专员）、manager（经理）。</translation>
    </message>
    <message>
        <source>Creating the demo store: a Shanghai franchise with a year of orders…</source>
        <translation>正在创建演示数据：一家上海加盟店及其一年的订单……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>演示数据</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) went back to the dispatch queue: the provider did not accept in time.</source>
        <translation>
            <numerusform>%n 个工单已退回待派单：服务人员未在规定时间内接单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>门店设置</translation>
    </message>
    <message>
        <source>The retention sweep did not run: %1</source>
        <translation>保存期限清理未执行：%1</translation>
    </message>
    <message>
        <source>Expired credentials</source>
        <translation>证件已过期</translation>
    </message>
    <message>
        <source>Rotate the data key</source>
        <translation>更换数据密钥</translation>
    </message>
    <message>
        <source>The whole store is re-encrypted under a new random data key and sealed to every remaining account, so key slots kept in older copies (backups made before an account was removed) no longer open it. For this store it takes %1. This console closes the store meanwhile and opens it again afterwards; every other console and command must close it first. Enter your password to start.</source>
        <translation>整个数据库将用新的随机数据密钥重新加密，并为每个现有账号重新封装密钥，旧副本（删除账号之前制作的备份）中保留的密钥槽将无法再打开它。此数据库需要%1。其间本控制台会关闭数据库，完成后重新打开；其他所有控制台和命令必须先关闭它。请输入密码开始。</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>开始更换</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ContinuousDispatchPanel</name>
    <message>
        <source>Continuous auto-dispatch could not run: %1</source>
        <translation>持续自动派单未能运行：%1</translation>
    </message>
    <message>
        <source>Continuous auto-dispatch is off: new orders wait for you. An administrator can switch it on in the auto-dispatch settings.</source>
        <translation>持续自动派单已关闭：新订单等待您处理。管理员可在自动派单设置中开启。</translation>
    </message>
    <message>
        <source>Continuous auto-dispatch proposes a provider for each new order; accept a proposal with its button.</source>
        <translation>持续自动派单为每个新订单建议一位服务人员；点击该行的按钮即可接受建议。</translation>
    </message>
    <message>
        <source>Continuous auto-dispatch assigns new orders as they arrive; each row says why.</source>
        <translation>持续自动派单在新订单到达时即派出；每一行说明原因。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Assign as proposed: %1</source>
        <translation>按建议派单：%1</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CourseCompletionDialog</name>
    <message>
        <source>Record a course completion</source>
        <translation>登记课程完成</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
</context>
<context>
    <name>CredentialActions</name>
    <message>
        <source>Approve credential</source>
        <translation>通过证件审核</translation>
    </message>
    <message>
        <source>Approve %1 of %2? You have checked it against the original or its scan.</source>
        <translation>确认通过 %2 的%1？您已核对原件或扫描件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 approved: %n suspension(s) it resolves lifted.</source>
        <translation>
            <numerusform>%1 已通过：解除了由此引起的 %n 项暂停。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject %1 of %2</source>
        <translation>驳回 %2 的%1</translation>
    </message>
    <message>
        <source>Why is the credential rejected? The reason goes into the application&apos;s timeline.</source>
        <translation>为什么驳回该证件？原因将记入申请时间线。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CredentialCard</name>
    <message>
        <source>not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>有效期 %1 – %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>发证机关：%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No scan yet — drop a file here</source>
        <translation>暂无扫描件 —— 可将文件拖放到此处</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>无扫描件</translation>
    </message>
    <message>
        <source>%1, %2 KiB</source>
        <translation>%1，%2 KiB</translation>
    </message>
    <message>
        <source>Add scan…</source>
        <translation>添加扫描件……</translation>
    </message>
    <message>
        <source>PNG, JPEG or PDF, at most %1 MiB; you can also drop a file on the card</source>
        <translation>PNG、JPEG 或 PDF，最大 %1 MiB；也可将文件拖放到卡片上</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>Add a scan of %1</source>
        <translation>添加%1的扫描件</translation>
    </message>
    <message>
        <source>Scans (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>扫描件 (*.png *.jpg *.jpeg *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Scans show full ID numbers: only roles that may see them open scans.</source>
        <translation>扫描件显示完整证件号码：只有有权查看的角色才能打开。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Approve this credential: it matches the original or its scan</source>
        <translation>通过此证件：与原件或扫描件一致</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回……</translation>
    </message>
    <message>
        <source>Reject this credential with a reason</source>
        <translation>驳回此证件并说明原因</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正……</translation>
    </message>
    <message>
        <source>Correct its number, issuer or dates before reviewing</source>
        <translation>审核前更正其编号、发证机关或日期</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CredentialDialog</name>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>I have seen the original: approve it now</source>
        <translation>已核验原件：立即审核通过</translation>
    </message>
    <message>
        <source>Add a credential</source>
        <translation>添加证件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <source>Unchanged (%1); type the full number to replace it</source>
        <translation>保持不变（%1）；输入完整号码以替换</translation>
    </message>
    <message>
        <source>Unchanged when left empty</source>
        <translation>留空则保持不变</translation>
    </message>
</context>
<context>
    <name>CredentialReview</name>
    <message>
        <source>waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>CredentialType</name>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>健康证</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CustomerAsk</name>
    <message>
        <source>Return visit</source>
        <translation>上门返工</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CustomerDialog</name>
    <message>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>App 内</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Consent given:</source>
        <translation>授权方式：</translation>
    </message>
    <message>
        <source>Correct customer</source>
        <translation>更正客户资料</translation>
    </message>
    <message>
        <source>%1 (type a new number to replace it)</source>
        <translation>%1（输入新号码以替换）</translation>
    </message>
    <message>
        <source>The number is hidden for your role. Leave the field empty to keep it.</source>
        <translation>您的角色无权查看该号码。留空则保持不变。</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender is m, f or empty.</source>
        <translation>性别只能是 m、f 或留空。</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>客户不存在。</translation>
    </message>
    <message>
        <source>No such district.</source>
        <translation>该区域不存在。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::CustomersPage</name>
    <message>
        <source>Add customer…</source>
        <translation>添加客户……</translation>
    </message>
    <message>
        <source>Search by name, or by phone digits (e.g. the last four)</source>
        <translation>按姓名或手机号数字搜索（如尾号四位）</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按姓名</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新建订单……</translation>
    </message>
    <message>
        <source>Take an order for the selected customer</source>
        <translation>为选中的客户下单</translation>
    </message>
    <message>
        <source>Search by name, the last 4 phone digits or the whole number</source>
        <translation>按姓名、手机号后 4 位或完整号码搜索</translation>
    </message>
    <message>
        <source>Data-subject request…</source>
        <translation>个人信息权利请求…</translation>
    </message>
    <message>
        <source>The selected customer asks for a copy of their data, its deletion or to withdraw a consent</source>
        <translation>所选客户要求获取其个人信息副本、删除个人信息或撤回同意</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>个人信息权利请求</translation>
    </message>
    <message>
        <source>Select the customer who asks first.</source>
        <translation>请先选择提出请求的客户。</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正……</translation>
    </message>
    <message>
        <source>Correct the selected customer&apos;s name, number, district or address (F2)</source>
        <translation>更正所选客户的姓名、手机号、区域或地址（F2）</translation>
    </message>
    <message>
        <source>Correct customer</source>
        <translation>更正客户资料</translation>
    </message>
    <message>
        <source>Select the customer to correct first.</source>
        <translation>请先选择要更正的客户。</translation>
    </message>
    <message>
        <source>This customer is no longer in the store.</source>
        <translation>该客户已不在数据库中。</translation>
    </message>
</context>
<context>
    <name>DataKeyRotation</name>
    <message>
        <source>These accounts have not logged in since key slots changed, so the new key cannot be sealed to them without their passwords: %1. Ask them to log in once, or reset their passwords, then rotate the key.</source>
        <translation>以下账号在密钥槽变更后尚未登录，没有其密码就无法为其封装新密钥：%1。请让他们登录一次，或重置其密码，然后再更换密钥。</translation>
    </message>
    <message>
        <source>cannot move the re-encrypted store into place; the store is unchanged</source>
        <translation>无法将重新加密的数据库移动到目标位置；数据库未改动</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::DataRequestDialog</name>
    <message>
        <source>Export their data…</source>
        <translation>导出其个人信息…</translation>
    </message>
    <message>
        <source>Withdraw marketing consent</source>
        <translation>撤回营销同意</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>匿名化…</translation>
    </message>
    <message>
        <source>Data-subject request — %1</source>
        <translation>个人信息权利请求 — %1</translation>
    </message>
    <message>
        <source>%1 asks about their personal data. Export gives them a copy of everything held (a web page to print and the same data as JSON). Corrections are made in their record. Anonymising deletes their personal data but keeps their orders and payments for the accounts.</source>
        <translation>%1 就其个人信息提出请求。“导出”为其提供所存全部信息的副本（可打印的网页及同样内容的 JSON）。更正请在其客户资料中进行。“匿名化”删除其个人信息，但为账务保留其订单和付款。</translation>
    </message>
    <message>
        <source>%1 has left and asks about their personal data. Export gives them a copy of everything held. Anonymising deletes their personal data and credential scans but keeps their jobs, ratings and the ledger.</source>
        <translation>%1 已离开平台并就其个人信息提出请求。“导出”为其提供所存全部信息的副本。“匿名化”删除其个人信息和证件扫描件，但保留其服务记录、评价和奖惩流水。</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>同意记录：</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>同意时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回时间</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>personal-data-customer-%1.html</source>
        <translation>个人信息-客户-%1.html</translation>
    </message>
    <message>
        <source>personal-data-provider-%1.html</source>
        <translation>个人信息-服务人员-%1.html</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Written:
%1

The files hold the person&apos;s data unencrypted: hand them over, then delete them.</source>
        <translation>已写入：
%1

这些文件以未加密形式保存本人的信息：交付本人后请删除。</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>同意已撤回</translation>
    </message>
    <message>
        <source>%1 will receive no more marketing.</source>
        <translation>%1 将不再收到营销信息。</translation>
    </message>
    <message>
        <source>Anonymise %1?

Their name, phone number, addresses, notes, comments and complaint texts are replaced by &quot;%2&quot; everywhere, and every consent ends. Their orders, payments and refunds stay for the accounts, without anything that says who they were. Copies waiting for sync are purged.

This cannot be undone: export their data first if they asked for a copy.</source>
        <translation>匿名化 %1？

其姓名、手机号、地址、备注、评论和投诉内容将在所有地方替换为“%2”，所有同意均终止。其订单、付款和退款为账务保留，但不再包含可识别其身份的信息。等待同步的副本将被清除。

此操作无法撤销：如本人要求副本，请先导出。</translation>
    </message>
    <message>
        <source>Anonymise %1?

Their name, phone and ID numbers, birth date and home address are replaced by &quot;%2&quot; or emptied, and their credential scans (ID card, health certificate, qualifications) are deleted. Their jobs, ratings and the ledger stay. Copies waiting for sync are purged.

This cannot be undone: export their data first if they asked for a copy.</source>
        <translation>匿名化 %1？

其姓名、手机号、身份证号、出生日期和住址将替换为“%2”或清空，证件扫描件（身份证、健康证、资格证书）将被删除。其服务记录、评价和奖惩流水保留。等待同步的副本将被清除。

此操作无法撤销：如本人要求副本，请先导出。</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <source>%1 is anonymised: %2 record(s) rewritten, %3 scan(s) deleted, %4 queued sync cop(ies) purged.</source>
        <translation>%1 已匿名化：改写 %2 条记录，删除 %3 个扫描件，清除 %4 个待同步副本。</translation>
    </message>
</context>
<context>
    <name>DispatchCommand</name>
    <message>
        <source>Assign %1</source>
        <translation>派单 %1</translation>
    </message>
    <message>
        <source>Take back %1</source>
        <translation>撤回派单 %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 改到 %2</translation>
    </message>
    <message>
        <source>Undone on the schedule board</source>
        <translation>在排班看板上撤销</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::DispatchMap</name>
    <message>
        <source>Map tiles…</source>
        <translation>地图瓦片……</translation>
    </message>
    <message>
        <source>%1 · window %2</source>
        <translation>%1 · 时段 %2</translation>
    </message>
    <message>
        <source>Only the first %1 orders of the day are drawn; choose a district or a service.</source>
        <translation>只显示当天前 %1 个订单；请选择区域或服务。</translation>
    </message>
    <message numerus="yes">
        <source>at the job %1 %n min ago (from the order&apos;s timeline)</source>
        <translation>
            <numerusform>在订单 %1 处，%n 分钟前（来自订单时间线）</numerusform>
        </translation>
    </message>
    <message>
        <source>home base (no position reported today)</source>
        <translation>常驻地址（今天未上报位置）</translation>
    </message>
    <message>
        <source>Pins: red waiting for dispatch · amber given to a provider · green under way · grey done. Squares: providers at the last place the store knows (filled: their app&apos;s last report or a job they reached, with its age; hollow: home base, no position reported). Numbers: candidates for the selected order, best first. Drag to pan, wheel to zoom.</source>
        <translation>图钉：红色待派单 · 琥珀色已派给服务人员 · 绿色服务中 · 灰色已完成。方块：服务人员在本店已知的最后位置（实心：App 最近上报的位置或已到达的工单，并注明时长；空心：常驻地，未上报位置）。数字：所选订单的候选人，最优在前。拖动平移，滚轮缩放。</translation>
    </message>
    <message numerus="yes">
        <source>reported by the provider&apos;s app %n min ago</source>
        <translation>
            <numerusform>服务人员 App %n 分钟前上报</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::DispatchRulesDialog</name>
    <message>
        <source>Dispatch rules</source>
        <translation>派单规则</translation>
    </message>
    <message>
        <source>Road distance divided by straight-line distance in this city.</source>
        <translation>本城市道路距离与直线距离之比。</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> 公里/小时</translation>
    </message>
    <message>
        <source>Average door-to-door speed between jobs.</source>
        <translation>工单之间上门路程的平均速度。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Road factor</source>
        <translation>道路系数</translation>
    </message>
    <message>
        <source>Average speed</source>
        <translation>平均速度</translation>
    </message>
    <message>
        <source>Warn when travel to a job is longer than</source>
        <translation>路程超过此时长时提醒</translation>
    </message>
    <message>
        <source>Warn when the provider&apos;s rating is below</source>
        <translation>服务人员评分低于此值时提醒</translation>
    </message>
    <message>
        <source>… counting only providers with at least this many ratings</source>
        <translation>……仅统计评价数不少于此数的服务人员</translation>
    </message>
    <message>
        <source>Warn when the job would make the day longer than this many jobs</source>
        <translation>当天工单数超过此数时提醒</translation>
    </message>
    <message>
        <source>Every drop on the schedule board and every auto-dispatch plan is checked against these. Clashes count the travel between jobs: straight-line distance × road factor at the average speed.</source>
        <translation>排班看板上的每次拖放和每个自动派单方案都按这些规则检查。判断时间冲突时计入工单之间的路程：直线距离 × 道路系数，按平均速度计算。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>An assigned job the provider has not accepted in this time goes back to the dispatch queue.</source>
        <translation>服务人员在此时间内未接受的已派工单将退回待派单。</translation>
    </message>
    <message>
        <source>The order board marks an order late when it is still waiting this long before its window.</source>
        <translation>订单在预约时段开始前这么久仍未派单时，订单看板将其标为延误。</translation>
    </message>
    <message>
        <source>A provider must accept an assigned job within</source>
        <translation>服务人员须在此时间内接单</translation>
    </message>
    <message>
        <source>An order is late when still not dispatched this long before its window</source>
        <translation>预约时段开始前多久仍未派单即视为延误</translation>
    </message>
</context>
<context>
    <name>DispatchRulesText</name>
    <message>
        <source>Provider not active</source>
        <translation>服务人员不在岗</translation>
    </message>
    <message>
        <source>Skill missing</source>
        <translation>不具备该技能</translation>
    </message>
    <message>
        <source>Skill suspended</source>
        <translation>该技能已暂停</translation>
    </message>
    <message>
        <source>Qualification missing</source>
        <translation>缺少资质证书</translation>
    </message>
    <message>
        <source>Blocked by the customer</source>
        <translation>已被客户屏蔽</translation>
    </message>
    <message>
        <source>Outside the customer&apos;s window</source>
        <translation>超出客户预约时段</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>超出工作时间</translation>
    </message>
    <message>
        <source>Clash with another job</source>
        <translation>与其他工单冲突</translation>
    </message>
    <message>
        <source>Daily job limit</source>
        <translation>超出每日接单上限</translation>
    </message>
    <message>
        <source>Long travel</source>
        <translation>路程较远</translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation>评分偏低</translation>
    </message>
    <message>
        <source>Heavy day</source>
        <translation>当天工作量大</translation>
    </message>
    <message>
        <source>The provider is not active (suspended, deactivated or not yet approved).</source>
        <translation>该服务人员不在岗（已暂停、已停用或尚未审核通过）。</translation>
    </message>
    <message>
        <source>The provider does not offer this service category.</source>
        <translation>该服务人员不提供此服务类目。</translation>
    </message>
    <message>
        <source>The provider is suspended for this service category.</source>
        <translation>该服务人员的此服务类目已被暂停。</translation>
    </message>
    <message>
        <source>The service requires a qualification certificate the provider does not hold (or it has expired).</source>
        <translation>此服务需要资质证书，而该服务人员未持有（或已过期）。</translation>
    </message>
    <message>
        <source>The customer has asked not to be served by this provider.</source>
        <translation>客户已要求不由该服务人员上门服务。</translation>
    </message>
    <message numerus="yes">
        <source>The start is %n minute(s) outside the customer&apos;s time window.</source>
        <translation>
            <numerusform>开始时间超出客户预约时段 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>The job does not fit the provider&apos;s working hours that day.</source>
        <translation>该工单不在服务人员当天的工作时间内。</translation>
    </message>
    <message numerus="yes">
        <source>It clashes with %1: %n more minute(s) are needed, counting travel between the two jobs.</source>
        <translation>
            <numerusform>与%1时间冲突：计入两单之间的路程，还差 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>another job</source>
        <translation>另一工单</translation>
    </message>
    <message>
        <source>It would be job %1 of the day, over the provider&apos;s daily limit.</source>
        <translation>这将是当天第 %1 单，超出该服务人员的每日上限。</translation>
    </message>
    <message numerus="yes">
        <source>Travel to this job takes about %n minute(s).</source>
        <translation>
            <numerusform>前往该工单的路程约需 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider&apos;s rating is %1 stars.</source>
        <translation>该服务人员评分为 %1 星。</translation>
    </message>
    <message>
        <source>It would be job %1 of the provider&apos;s day.</source>
        <translation>这将是该服务人员当天的第 %1 单。</translation>
    </message>
    <message>
        <source>District not served</source>
        <translation>不服务该区域</translation>
    </message>
    <message>
        <source>The provider does not serve the order&apos;s district.</source>
        <translation>该服务人员不服务订单所在区域。</translation>
    </message>
    <message>
        <source>Declined or timed out before</source>
        <translation>曾拒单或超时未接</translation>
    </message>
    <message>
        <source>The provider declined this order or let it time out before; auto-dispatch does not offer it to them again.</source>
        <translation>该服务人员曾拒绝此订单或超时未接，自动派单不再派给他/她。</translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>No such order.</source>
        <translation>订单不存在。</translation>
    </message>
    <message>
        <source>No such provider.</source>
        <translation>服务人员不存在。</translation>
    </message>
    <message>
        <source>Needs confirmation: %1</source>
        <translation>需要确认：%1</translation>
    </message>
    <message>
        <source>Only jobs the provider has not accepted yet can be moved; reschedule %1 instead.</source>
        <translation>只有服务人员尚未接单的工单才能移动；请改为对 %1 改约。</translation>
    </message>
    <message>
        <source>Moved to another time</source>
        <translation>已改到其他时间</translation>
    </message>
    <message>
        <source>Moved to another provider on the schedule board</source>
        <translation>在排班看板上改派给其他服务人员</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>The CA fingerprint must be 64 hexadecimal digits (SHA-256), with or without colons.</source>
        <translation>CA 指纹必须为 64 位十六进制数字（SHA-256），可带或不带冒号。</translation>
    </message>
    <message>
        <source>The server address must be an https:// URL.</source>
        <translation>服务器地址必须是 https:// 网址。</translation>
    </message>
    <message>
        <source>The enrollment code is empty.</source>
        <translation>注册码为空。</translation>
    </message>
    <message>
        <source>The server sent a CA other than the one whose fingerprint was given.</source>
        <translation>服务器发送的 CA 与所给指纹对应的 CA 不一致。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for this console&apos;s key.</source>
        <translation>服务器的证书与本控制台的密钥不匹配。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ExpiringCredentialsView</name>
    <message>
        <source>Renew…</source>
        <translation>续期……</translation>
    </message>
    <message>
        <source>Expired or expiring within 30 days</source>
        <translation>已过期或 30 天内到期</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Record the renewed credential; an approved renewal lifts the suspension its expiry caused</source>
        <translation>登记续期后的证件；续期审核通过后，将解除因证件过期导致的暂停</translation>
    </message>
    <message>
        <source>Expiring credentials</source>
        <translation>即将到期证件</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>共 %n 个证件</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Choose the credential to renew first.</source>
        <translation>请先选择要续期的证件。</translation>
    </message>
    <message>
        <source>Renew: %1</source>
        <translation>续期：%1</translation>
    </message>
    <message>
        <source>The renewal was recorded and the suspension lifted.</source>
        <translation>续期已登记，暂停已解除。</translation>
    </message>
    <message numerus="yes">
        <source>The renewal was recorded; %n suspended skill(s) can be dispatched again.</source>
        <translation>
            <numerusform>续期已登记；%n 项暂停的服务技能已恢复派单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ExportDialog</name>
    <message>
        <source>Export a report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>CSV (UTF-8, for Excel and scripts)</source>
        <translation>CSV（UTF-8，适用于 Excel 和脚本）</translation>
    </message>
    <message>
        <source>PDF (A4, to print)</source>
        <translation>PDF（A4，用于打印）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务项目：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>%1 of %2 rows written…</source>
        <translation>已写入 %1 / %2 行……</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>orders-report</source>
        <translation>订单报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report to</source>
        <translation>将报表导出到</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>Names (customers and providers) and phone numbers in full (the file must be kept safe)</source>
        <translation>完整显示姓名（客户和服务人员）及手机号（文件须妥善保管）</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::FilterBar</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Doorstep</source>
        <translation>欢迎使用 Doorstep</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Doorstep&lt;/h2&gt;&lt;p&gt;No store is open yet. A store is one encrypted file holding all of your office&apos;s data.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Doorstep&lt;/h2&gt;&lt;p&gt;尚未打开数据库。一个数据库就是一个加密文件，保存本门店的全部数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>For a new office: name it and choose its first administrator.</source>
        <translation>用于新门店：填写门店名称并设置第一位管理员。</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <source>A realistic Shanghai franchise with a year of orders, to try every area.</source>
        <translation>一家真实感的上海加盟店，含一年订单，可体验各项功能。</translation>
    </message>
    <message>
        <source>Open an existing store…</source>
        <translation>打开已有数据库……</translation>
    </message>
    <message>
        <source>A store file made by this or another console.</source>
        <translation>由本机或其他控制台创建的数据库文件。</translation>
    </message>
    <message>
        <source>e.g. 徐汇旗舰店</source>
        <translation>例如 徐汇旗舰店</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>门店名称：</translation>
    </message>
    <message>
        <source>Administrator&apos;s name:</source>
        <translation>管理员姓名：</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name:</source>
        <translation>管理员用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Write the password down somewhere safe: without it (or another administrator), the data cannot be recovered.</source>
        <translation>请妥善保管密码：没有它（或另一位管理员），数据将无法恢复。</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Doorstep stores (*.doorstep);;All files (*)</source>
        <translation>Doorstep 数据库 (*.doorstep);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FlagState</name>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>已否决</translation>
    </message>
</context>
<context>
    <name>FontCheck</name>
    <message>
        <source>No font for Chinese text is installed, so Chinese names will show as boxes. Install one, e.g.: sudo apt-get install fonts-noto-cjk</source>
        <translation>未安装中文字体，中文会显示为方框。请安装，例如：sudo apt-get install fonts-noto-cjk</translation>
    </message>
    <message>
        <source>No font for Chinese text is installed, so Chinese names will show as boxes. Install a Chinese font (e.g. Noto Sans CJK SC or Microsoft YaHei).</source>
        <translation>未安装中文字体，中文会显示为方框。请安装中文字体（如思源黑体或微软雅黑）。</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>line %1: &quot;year&quot; takes one year, e.g. year 2026.</source>
        <translation>第 %1 行：“year”后应为一个年份，例如 year 2026。</translation>
    </message>
    <message>
        <source>line %1: a file covers one year; it already said %2.</source>
        <translation>第 %1 行：一个文件只对应一个年份；前面已指定 %2。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not year, off or work.</source>
        <translation>第 %1 行：“%2”不是 year、off 或 work。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; needs at least one date.</source>
        <translation>第 %1 行：“%2”后至少需要一个日期。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>第 %1 行：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>line %1: %2 is a weekday; a make-up working day is a Saturday or Sunday.</source>
        <translation>第 %1 行：%2 不是周末；调休上班日只能是周六或周日。</translation>
    </message>
    <message>
        <source>The file has no &quot;year&quot; line saying which year it covers.</source>
        <translation>文件缺少指明所对应年份的“year”行。</translation>
    </message>
    <message>
        <source>line %1: %2 is not in %3, the year the file covers.</source>
        <translation>第 %1 行：%2 不在该文件对应的年份 %3 内。</translation>
    </message>
    <message>
        <source>line %1: %2 is listed both as a day off and as a working day.</source>
        <translation>第 %1 行：%2 同时被列为休息日和上班日。</translation>
    </message>
</context>
<context>
    <name>HttpsClient</name>
    <message>
        <source>The stored office certificate, key or CA cannot be read; enroll again.</source>
        <translation>无法读取已保存的门店证书、密钥或 CA，请重新注册。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not come from the CA whose fingerprint was given.</source>
        <translation>服务器的证书并非由所给指纹对应的 CA 签发。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>与服务器的安全连接失败：%1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server refused the request (%1 %2): %3</source>
        <translation>服务器拒绝了请求（%1 %2）：%3</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation>服务器的回复不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>An ID number has 17 digits and a final digit or X.</source>
        <translation>身份证号应为 17 位数字加一位数字或 X。</translation>
    </message>
    <message>
        <source>The check digit is wrong: the number was mistyped or invented.</source>
        <translation>校验码错误：号码输错或系伪造。</translation>
    </message>
    <message>
        <source>The region code is not a real province.</source>
        <translation>地区码不是有效的省份。</translation>
    </message>
    <message>
        <source>The birth date in the number does not exist.</source>
        <translation>号码中的出生日期不存在。</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future.</source>
        <translation>号码中的出生日期晚于今天。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::LedgerEntryDialog</name>
    <message>
        <source>Reward or penalty</source>
        <translation>奖励或处罚</translation>
    </message>
    <message>
        <source>Positive for a reward, negative for a penalty</source>
        <translation>正数为奖励，负数为处罚</translation>
    </message>
    <message>
        <source>Required: what it is for</source>
        <translation>必填：奖惩事由</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>Doorstep is locked.</source>
        <translation>Doorstep 已锁定。</translation>
    </message>
    <message>
        <source>Doorstep (locked)</source>
        <translation>Doorstep（已锁定）</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::LoginDialog</name>
    <message>
        <source>Doorstep — Log in</source>
        <translation>Doorstep —— 登录</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Doorstep 上门服务 back office&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Doorstep 上门服务管理后台&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Doorstep stores (*.doorstep);;All files (*)</source>
        <translation>Doorstep 数据库 (*.doorstep);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the password and opening the store…</source>
        <translation>正在校验密码并打开数据库…</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::MainWindow</name>
    <message>
        <source>Doorstep — %1</source>
        <translation>Doorstep —— %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>门店：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sync: no server set up — working offline, %n change(s) kept for sync</source>
        <translation>
            <numerusform>同步：未配置服务器 —— 离线工作，%n 条变更待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码……</translation>
    </message>
    <message>
        <source>Back up the store…</source>
        <translation>备份数据库……</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Auto-lock…</source>
        <translation>自动锁定……</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About Doorstep</source>
        <translation>关于 Doorstep</translation>
    </message>
    <message>
        <source>Doorstep %1 — back office for home services.
Store: %2
Schema version %3</source>
        <translation>Doorstep %1 —— 上门服务管理后台。
数据库：%2
结构版本 %3</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>Use the new password from your next login.</source>
        <translation>下次登录请使用新密码。</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Doorstep stores (*.doorstep)</source>
        <translation>Doorstep 数据库 (*.doorstep)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The store was copied to %1. The copy is encrypted and opens with the same accounts.</source>
        <translation>数据库已复制到 %1。副本同样加密，可用相同账号打开。</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source>Lock the console after this many idle minutes (0 = never):</source>
        <translation>空闲多少分钟后锁定控制台（0 = 从不）：</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>入驻审核</translation>
    </message>
    <message>
        <source>Personal data retention…</source>
        <translation>个人信息保存期限…</translation>
    </message>
    <message>
        <source>Rotate now…</source>
        <translation>立即更换……</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) past the deadline</source>
        <translation>
            <numerusform>%n 条投诉已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>The data key has not been rotated since %1 was removed (%2). Until it is, a backup made before and that account&apos;s password still open this store.</source>
        <translation>自 %1 被删除（%2）以来，数据密钥尚未更换。在更换之前，用此前制作的备份加上该账号的密码仍能打开此数据库。</translation>
    </message>
    <message>
        <source>Rotate the data key…</source>
        <translation>更换数据密钥……</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Synced with the server (%1).</source>
        <translation>已与服务器同步（%1）。</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 · last sync %2 · %n change(s) pending</source>
        <translation>
            <numerusform>同步：%1 · 上次同步 %2 · %n 条变更待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation>
            <numerusform> · %n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Server: %1
Last error: %2</source>
        <translation>服务器：%1
最近错误：%2</translation>
    </message>
    <message>
        <source>Sync with the server…</source>
        <translation>与服务器同步…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n 件已升级</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a report…</source>
        <translation>导出报表……</translation>
    </message>
    <message>
        <source>Office hours and complaints…</source>
        <translation>营业时间与投诉……</translation>
    </message>
</context>
<context>
    <name>MapSettings</name>
    <message>
        <source>The map&apos;s tile cache size (%1) holds &quot;%2&quot;; it must be a whole number of MB between %3 and %4.</source>
        <translation>地图瓦片缓存大小（%1）的值为“%2”；必须是 %3 到 %4 之间的整数（MB）。</translation>
    </message>
    <message>
        <source>The map&apos;s tile address (%1) is not used: %2</source>
        <translation>未使用地图瓦片地址（%1）：%2</translation>
    </message>
    <message>
        <source>The tile cache must be between %1 and %2 MB.</source>
        <translation>瓦片缓存必须在 %1 到 %2 MB 之间。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::MapView</name>
    <message>
        <source>No map tiles are set up (an administrator sets them with Map tiles…): districts are drawn at their centres.</source>
        <translation>未设置地图瓦片（由管理员在“地图瓦片……”中设置）：在各区域中心显示区域名称。</translation>
    </message>
    <message>
        <source>Map tiles are out of reach (offline?): districts are drawn at their centres; tiles seen before still show.</source>
        <translation>无法获取地图瓦片（是否离线？）：在各区域中心显示区域名称；已缓存的瓦片仍会显示。</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Doorstep</source>
        <translation>Doorstep</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <source>Store problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>Store busy</source>
        <translation>数据库忙</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::NewOrderDialog</name>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Send to dispatch now</source>
        <translation>立即进入待派单</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Customer: surname or phone digits (e.g. the last four)</source>
        <translation>客户：姓氏或手机号数字（例如后四位）</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything the provider should know (door code, pets, tools)</source>
        <translation>需要服务人员知道的事项（门禁密码、宠物、工具）</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>for</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务项目：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Arrival window:</source>
        <translation>上门时段：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>Choose the customer first: type a surname or phone digits and pick them in the list.</source>
        <translation>请先选择客户：输入姓氏或手机号数字，然后在列表中选中。</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>请选择服务项目。</translation>
    </message>
    <message>
        <source>Window in the past</source>
        <translation>时段已过</translation>
    </message>
    <message>
        <source>The arrival window has already begun. Record the order anyway?</source>
        <translation>上门时段已经开始。仍要登记该订单吗？</translation>
    </message>
    <message>
        <source>Customer: surname, the last 4 phone digits or the whole number</source>
        <translation>客户：姓氏、手机号后 4 位或完整号码</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::NewPasswordDialog</name>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OfficeHoursDialog</name>
    <message>
        <source>Office hours and complaints</source>
        <translation>营业时间与投诉</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Make-up working day (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>23:59 means until midnight</source>
        <translation>23:59 表示营业到午夜</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>A closed complaint may be reopened within</source>
        <translation>已结案投诉可重新打开的期限</translation>
    </message>
    <message>
        <source>Flag a provider for deactivation after this many upheld complaints</source>
        <translation>投诉成立达到此次数时，标记服务人员待停用</translation>
    </message>
    <message>
        <source>… within</source>
        <translation>……统计期限</translation>
    </message>
    <message>
        <source>Load a year&apos;s calendar…</source>
        <translation>加载某年的日历……</translation>
    </message>
    <message>
        <source>A text file in the documented format (README, &quot;The holiday calendar file&quot;), e.g. cn-statutory-2027.txt</source>
        <translation>符合文档所述格式的文本文件（README，“The holiday calendar file”一节），例如 cn-statutory-2027.txt</translation>
    </message>
    <message>
        <source>Load a holiday calendar</source>
        <translation>加载节假日日历</translation>
    </message>
    <message>
        <source>Calendar files (*.txt)</source>
        <translation>日历文件 (*.txt)</translation>
    </message>
    <message>
        <source>Business-hours SLA targets count only these hours; statutory days off are closed whatever the weekday. Complaints recorded or changed from now on count with what is saved here; deadlines already given keep their dates.</source>
        <translation>按营业时间计算的 SLA 时限只计算这些时段；法定休息日无论星期几均不营业。从现在起登记或变更的投诉按此处保存的设置计算；已设定的期限保持原日期不变。</translation>
    </message>
    <message>
        <source>Holiday calendar: no year loaded.</source>
        <translation>节假日日历：尚未加载任何年份。</translation>
    </message>
    <message>
        <source>Holiday calendar: %1.</source>
        <translation>节假日日历：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as a calendar file.</source>
        <translation>无法将“%1”作为日历文件读取。</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>The %1 calendar is loaded. Deadlines already given keep their dates; complaints recorded or changed from now on count with it.</source>
        <translation>%1 年的日历已加载。已设定的期限保持原日期不变；从现在起登记或变更的投诉将按此日历计算。</translation>
    </message>
    <message>
        <source>%1: the office must close after it opens (or untick the day to close it).</source>
        <translation>%1：结束营业时间必须晚于开始营业时间（或取消勾选该天，设为不营业）。</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>between %1 and %2</source>
        <translation>在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; (%2) holds &quot;%3&quot;, which is not a whole number %4.</source>
        <translation>设置“%1”（%2）的值为“%3”，不是%4的整数。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; (%2) holds &quot;%3&quot;, which is not a number %4.</source>
        <translation>设置“%1”（%2）的值为“%3”，不是%4的数字。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; (%2) holds %3; it must be %4.</source>
        <translation>设置“%1”（%2）的值为 %3；应当%4。</translation>
    </message>
    <message>
        <source>An administrator can correct it in the settings.</source>
        <translation>管理员可以在设置中更正。</translation>
    </message>
    <message>
        <source>The default, %1, is used until it is corrected.</source>
        <translation>更正之前使用默认值 %1。</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>自动锁定（分钟）</translation>
    </message>
    <message>
        <source>Accept timeout (minutes)</source>
        <translation>接单超时（分钟）</translation>
    </message>
    <message>
        <source>Dispatch lead (minutes)</source>
        <translation>派单提前量（分钟）</translation>
    </message>
    <message>
        <source>Road factor</source>
        <translation>道路系数</translation>
    </message>
    <message>
        <source>Average speed (km/h)</source>
        <translation>平均车速（公里/小时）</translation>
    </message>
    <message>
        <source>Long travel (minutes)</source>
        <translation>路程过长（分钟）</translation>
    </message>
    <message>
        <source>Low rating (stars × 100)</source>
        <translation>低评分（星级 × 100）</translation>
    </message>
    <message>
        <source>Ratings before the low-rating warning</source>
        <translation>低评分提醒前的最少评价数</translation>
    </message>
    <message>
        <source>Heavy day (jobs)</source>
        <translation>满负荷（单数/天）</translation>
    </message>
    <message>
        <source>Weight of travel</source>
        <translation>路程权重</translation>
    </message>
    <message>
        <source>Weight of lateness</source>
        <translation>迟到权重</translation>
    </message>
    <message>
        <source>Weight of rating</source>
        <translation>评分权重</translation>
    </message>
    <message>
        <source>Rating assumed for unrated providers (stars × 100)</source>
        <translation>无评价服务人员的默认评分（星级 × 100）</translation>
    </message>
    <message>
        <source>Weight of points</source>
        <translation>积分权重</translation>
    </message>
    <message>
        <source>Weight of workload</source>
        <translation>工作量权重</translation>
    </message>
    <message>
        <source>Preferred-provider bonus</source>
        <translation>指定服务人员加分</translation>
    </message>
    <message>
        <source>Penalty for an order left out</source>
        <translation>未派订单罚分</translation>
    </message>
    <message>
        <source>Penalty per priority level</source>
        <translation>每级优先度罚分</translation>
    </message>
    <message>
        <source>Auto-dispatch time budget (ms)</source>
        <translation>自动派单时间预算（毫秒）</translation>
    </message>
    <message>
        <source>Provider minimum age</source>
        <translation>服务人员最低年龄</translation>
    </message>
    <message>
        <source>Provider maximum age</source>
        <translation>服务人员最高年龄</translation>
    </message>
    <message>
        <source>Days a health certificate must still be valid</source>
        <translation>健康证剩余有效天数下限</translation>
    </message>
    <message>
        <source>Ratings in the low-rating window</source>
        <translation>低评分统计窗口内的评价数</translation>
    </message>
    <message>
        <source>Low-rating flag below (stars × 100)</source>
        <translation>低于此评分即标记（星级 × 100）</translation>
    </message>
    <message>
        <source>Years a customer&apos;s personal data is kept after their last activity</source>
        <translation>客户最后一次活动后其个人信息的保存年数</translation>
    </message>
    <message>
        <source>Office opens on Monday (minutes after midnight)</source>
        <translation>周一营业开始时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office closes on Monday (minutes after midnight)</source>
        <translation>周一营业结束时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office opens on Tuesday (minutes after midnight)</source>
        <translation>周二营业开始时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office closes on Tuesday (minutes after midnight)</source>
        <translation>周二营业结束时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office opens on Wednesday (minutes after midnight)</source>
        <translation>周三营业开始时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office closes on Wednesday (minutes after midnight)</source>
        <translation>周三营业结束时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office opens on Thursday (minutes after midnight)</source>
        <translation>周四营业开始时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office closes on Thursday (minutes after midnight)</source>
        <translation>周四营业结束时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office opens on Friday (minutes after midnight)</source>
        <translation>周五营业开始时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office closes on Friday (minutes after midnight)</source>
        <translation>周五营业结束时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office opens on Saturday (minutes after midnight)</source>
        <translation>周六营业开始时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office closes on Saturday (minutes after midnight)</source>
        <translation>周六营业结束时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office opens on Sunday (minutes after midnight)</source>
        <translation>周日营业开始时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office closes on Sunday (minutes after midnight)</source>
        <translation>周日营业结束时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office opens on a make-up working day (minutes after midnight)</source>
        <translation>调休上班日营业开始时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Office closes on a make-up working day (minutes after midnight)</source>
        <translation>调休上班日营业结束时间（自零点起的分钟数）</translation>
    </message>
    <message>
        <source>Days a closed complaint may be reopened</source>
        <translation>投诉结案后可重新打开的天数</translation>
    </message>
    <message>
        <source>Refund limit of new staff (fen)</source>
        <translation>新员工退款限额（分）</translation>
    </message>
    <message>
        <source>Upheld complaints that flag a provider</source>
        <translation>投诉成立多少次即标记服务人员</translation>
    </message>
    <message>
        <source>Days counted for upheld complaints</source>
        <translation>投诉成立的统计天数</translation>
    </message>
    <message>
        <source>Continuous auto-dispatch (0 off, 1 propose, 2 assign)</source>
        <translation>持续自动派单（0 关闭，1 建议，2 自动派单）</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OrderBoard</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Unpaid</source>
        <translation>未支付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OrderDetailView</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1（%n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>预约时段</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source> · refunded %1</source>
        <translation> · 已退款 %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>, planned %1</source>
        <translation>，计划 %1</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Dispatch history</source>
        <translation>派单记录</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source> · start %1</source>
        <translation> · 开始 %1</translation>
    </message>
    <message>
        <source> · taken back %1</source>
        <translation> · 撤回于 %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · 截止 %1</translation>
    </message>
    <message>
        <source>Provider accepted</source>
        <translation>服务人员已接单</translation>
    </message>
    <message>
        <source>Provider declined…</source>
        <translation>服务人员拒单……</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>已出发</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>已开始服务</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成服务</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消订单……</translation>
    </message>
    <message>
        <source>Reason (kept in the order&apos;s timeline):</source>
        <translation>原因（将记录在订单时间线中）：</translation>
    </message>
    <message>
        <source>Send to dispatch</source>
        <translation>进入待派单</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>收回……</translation>
    </message>
    <message>
        <source>Customer&apos;s rating…</source>
        <translation>客户评价……</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改约……</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>投诉……</translation>
    </message>
    <message>
        <source> · in the app, through the payment provider</source>
        <translation> · 在 App 内通过支付服务商支付</translation>
    </message>
</context>
<context>
    <name>OrderEvent</name>
    <message>
        <source>Submitted for dispatch</source>
        <translation>已提交派单</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Taken back from the provider</source>
        <translation>已从服务人员处收回</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>服务人员已接单</translation>
    </message>
    <message>
        <source>Declined by the provider</source>
        <translation>服务人员已拒单</translation>
    </message>
    <message>
        <source>Timed out: the provider did not answer</source>
        <translation>超时：服务人员未响应</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>已出发</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>已开始服务</translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation>服务已完成</translation>
    </message>
    <message>
        <source>Rated by the customer</source>
        <translation>客户已评价</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改约</translation>
    </message>
    <message>
        <source>Moved to another time</source>
        <translation>已改到其他时间</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>订单已创建</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1, recorded by %2</source>
        <translation>%1，由%2登记</translation>
    </message>
</context>
<context>
    <name>OrderEventVerb</name>
    <message>
        <source>submitted</source>
        <translation>提交派单</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>拒单</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时退回</translation>
    </message>
    <message>
        <source>set on the way</source>
        <translation>标记为已出发</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始服务</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>改约</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>No such customer.</source>
        <translation>客户不存在。</translation>
    </message>
    <message>
        <source>No such service.</source>
        <translation>服务项目不存在。</translation>
    </message>
    <message>
        <source>The time window must end after it starts.</source>
        <translation>时间段的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The order needs an address.</source>
        <translation>订单需要填写地址。</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>订单不存在。</translation>
    </message>
    <message>
        <source>An order that is %1 cannot be %2.</source>
        <translation>状态为“%1”的订单不能执行“%2”。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation>评分为 1 到 5 星。</translation>
    </message>
    <message>
        <source>No such provider.</source>
        <translation>服务人员不存在。</translation>
    </message>
    <message>
        <source>This console has used all order numbers for today.</source>
        <translation>本控制台今日的订单号已用完。</translation>
    </message>
    <message>
        <source>The customer has no district or location; correct the customer&apos;s address first.</source>
        <translation>该客户没有区域或位置信息，请先更正客户地址。</translation>
    </message>
    <message>
        <source>Only the console itself records system events.</source>
        <translation>系统事件只能由控制台自动记录。</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>上门途中</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OrderStepDialog</name>
    <message>
        <source>The customer (on the phone)</source>
        <translation>客户（电话告知）</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Please give a reason; it is kept in the order&apos;s timeline.</source>
        <translation>请填写原因；原因将记入订单时间线。</translation>
    </message>
</context>
<context>
    <name>OrderTimeoutService</name>
    <message numerus="yes">
        <source>The provider did not accept within %n minute(s).</source>
        <translation>
            <numerusform>服务人员未在 %n 分钟内接单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Order number (DS…), customer phone digits or name</source>
        <translation>订单号（DS…）、客户手机号数字或姓名</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新建订单……</translation>
    </message>
    <message>
        <source>Take an order on the phone (Ctrl+N)</source>
        <translation>电话下单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Order number (DS…), the last 4 phone digits, the whole number or a name</source>
        <translation>订单号（DS…）、手机号后 4 位、完整号码或姓名</translation>
    </message>
    <message>
        <source>Show the orders without this narrowing</source>
        <translation>显示订单，不加此筛选</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>服务人员：%1</translation>
    </message>
    <message>
        <source>Reached: dispatched</source>
        <translation>已达阶段：已派单</translation>
    </message>
    <message>
        <source>Reached: accepted</source>
        <translation>已达阶段：已接单</translation>
    </message>
    <message>
        <source>Reached: completed</source>
        <translation>已达阶段：已完成</translation>
    </message>
    <message>
        <source>Reached: rated</source>
        <translation>已达阶段：已评价</translation>
    </message>
    <message>
        <source>With a paid refund</source>
        <translation>有已支付的退款</translation>
    </message>
</context>
<context>
    <name>OrdersSource</name>
    <message>
        <source>Order detail</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成服务</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Orders by service category</source>
        <translation>按服务类目统计订单</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>View staff</source>
        <translation>查看员工</translation>
    </message>
    <message>
        <source>Manage staff accounts</source>
        <translation>管理员工账号</translation>
    </message>
    <message>
        <source>View customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Add and edit customers</source>
        <translation>添加和编辑客户</translation>
    </message>
    <message>
        <source>See customers&apos; full phone numbers</source>
        <translation>查看客户完整手机号</translation>
    </message>
    <message>
        <source>Handle data-subject requests</source>
        <translation>处理个人信息权利请求</translation>
    </message>
    <message>
        <source>View providers</source>
        <translation>查看服务人员</translation>
    </message>
    <message>
        <source>Review provider credentials</source>
        <translation>审核服务人员资质</translation>
    </message>
    <message>
        <source>Suspend, reward and penalise providers</source>
        <translation>暂停、奖励和处罚服务人员</translation>
    </message>
    <message>
        <source>See providers&apos; full phone and ID numbers</source>
        <translation>查看服务人员完整手机号和身份证号</translation>
    </message>
    <message>
        <source>View orders</source>
        <translation>查看订单</translation>
    </message>
    <message>
        <source>Create orders</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>Dispatch orders</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Cancel and reschedule orders</source>
        <translation>取消和改约订单</translation>
    </message>
    <message>
        <source>Handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>Issue refunds within the limit</source>
        <translation>在限额内退款</translation>
    </message>
    <message>
        <source>Approve refunds over the limit</source>
        <translation>审批超限额退款</translation>
    </message>
    <message>
        <source>View statistics</source>
        <translation>查看统计</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Verify the store</source>
        <translation>校验数据库</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Change office settings</source>
        <translation>修改门店设置</translation>
    </message>
    <message>
        <source>Fill a store with demo data</source>
        <translation>填充演示数据</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Change one&apos;s own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Handle providers&apos; data requests</source>
        <translation>处理服务人员的个人信息请求</translation>
    </message>
    <message>
        <source>View complaints</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <source>Assign complaints to staff</source>
        <translation>将投诉分配给员工</translation>
    </message>
    <message>
        <source>Rotate the store&apos;s data key</source>
        <translation>更换数据库的数据密钥</translation>
    </message>
    <message>
        <source>Mark refunds paid</source>
        <translation>标记退款已支付</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>与服务器同步</translation>
    </message>
    <message>
        <source>Enroll the console with a sync server</source>
        <translation>将控制台注册到同步服务器</translation>
    </message>
    <message>
        <source>Change the SLA policies</source>
        <translation>修改 SLA 规则</translation>
    </message>
    <message>
        <source>Export reports with personal data unmasked</source>
        <translation>导出不脱敏个人信息的报表</translation>
    </message>
</context>
<context>
    <name>PhoneSearch</name>
    <message>
        <source>Search a phone number by 3 to 11 of its digits.</source>
        <translation>手机号可按其中 3 至 11 位数字搜索。</translation>
    </message>
    <message>
        <source>Search a phone number by its last 4 digits or the whole 11-digit number.</source>
        <translation>手机号只能按后 4 位或完整的 11 位号码搜索。</translation>
    </message>
    <message>
        <source>A look-up needs the whole 11-digit number.</source>
        <translation>查询需要完整的 11 位手机号。</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>No such customer.</source>
        <translation>客户不存在。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data is anonymised already.</source>
        <translation>该客户的个人信息已匿名化。</translation>
    </message>
    <message numerus="yes">
        <source>The customer has %n open order(s): finish or cancel them first; their address is needed until then.</source>
        <translation>
            <numerusform>该客户有 %n 个未结束的订单：请先完成或取消，在此之前仍需要其地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>No such provider.</source>
        <translation>服务人员不存在。</translation>
    </message>
    <message>
        <source>This provider&apos;s personal data is anonymised already.</source>
        <translation>该服务人员的个人信息已匿名化。</translation>
    </message>
    <message>
        <source>Deactivate the provider (or reject the application) first: only a provider who has left can be anonymised.</source>
        <translation>请先停用该服务人员（或驳回其申请）：只有已离开的服务人员才能匿名化。</translation>
    </message>
    <message numerus="yes">
        <source>The provider still holds %n job(s): take them back first.</source>
        <translation>
            <numerusform>该服务人员仍有 %n 个工单：请先收回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>您的资料</translation>
    </message>
    <message>
        <source>Addresses used for orders</source>
        <translation>下单使用过的地址</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order timelines</source>
        <translation>订单时间线</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>您给出的评价</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Providers you asked not to send</source>
        <translation>您要求不再派来的服务人员</translation>
    </message>
    <message>
        <source>Your requests about your personal data</source>
        <translation>您关于个人信息的请求</translation>
    </message>
    <message>
        <source>Who handled your data (audit log)</source>
        <translation>谁处理过您的信息（审计日志）</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>提供的服务</translation>
    </message>
    <message>
        <source>Districts served</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>入驻申请</translation>
    </message>
    <message>
        <source>Application timeline</source>
        <translation>申请时间线</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Credential scans held</source>
        <translation>保存的证件扫描件</translation>
    </message>
    <message>
        <source>Background checks</source>
        <translation>背景调查</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>完成的培训</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Jobs done</source>
        <translation>完成的服务</translation>
    </message>
    <message>
        <source>Ratings received</source>
        <translation>收到的评价</translation>
    </message>
    <message>
        <source>Rewards and penalties</source>
        <translation>奖惩</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>暂停接单记录</translation>
    </message>
    <message>
        <source>Deactivation proposals</source>
        <translation>停用提议</translation>
    </message>
    <message>
        <source>(binary data)</source>
        <translation>（二进制数据）</translation>
    </message>
    <message>
        <source>Personal data held about provider #%1</source>
        <translation>关于服务人员 #%1 所保存的个人信息</translation>
    </message>
    <message>
        <source>Personal data held about customer #%1</source>
        <translation>关于客户 #%1 所保存的个人信息</translation>
    </message>
    <message>
        <source>Office: %1. Made %2 by %3. The same data, machine-readable, is in the JSON file given with this page.</source>
        <translation>门店：%1。由 %3 于 %2 生成。同样的信息以机器可读形式保存在随本页提供的 JSON 文件中。</translation>
    </message>
    <message>
        <source>None held.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No customer has the id or mobile number %1.</source>
        <translation>没有编号或手机号为 %1 的客户。</translation>
    </message>
    <message>
        <source>Several customers have the mobile number %1: give the customer&apos;s id.</source>
        <translation>有多位客户的手机号为 %1：请提供客户编号。</translation>
    </message>
    <message>
        <source>No provider has the id or mobile number %1.</source>
        <translation>没有编号或手机号为 %1 的服务人员。</translation>
    </message>
    <message>
        <source>Several providers have the mobile number %1: give the provider&apos;s id.</source>
        <translation>有多位服务人员的手机号为 %1：请提供服务人员编号。</translation>
    </message>
    <message>
        <source>The consent to the service itself ends only with the customer&apos;s data: anonymise the customer instead.</source>
        <translation>对服务本身的同意只能随客户信息一并终止：请改为匿名化该客户。</translation>
    </message>
    <message>
        <source>The customer has no consent in force for this purpose.</source>
        <translation>该客户对此用途没有有效的同意。</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>休息日</translation>
    </message>
</context>
<context>
    <name>ProviderChecklist</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>For judgement</source>
        <translation>需人工判断</translation>
    </message>
</context>
<context>
    <name>ProviderChecks</name>
    <message>
        <source>No ID number was given.</source>
        <translation>未填写身份证号。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits and a final digit or X.</source>
        <translation>身份证号应为 17 位数字加一位数字或 X。</translation>
    </message>
    <message>
        <source>No birth date can be read from the ID number.</source>
        <translation>无法从身份证号中读出出生日期。</translation>
    </message>
    <message>
        <source>No region can be read from the ID number.</source>
        <translation>无法从身份证号中读出地区。</translation>
    </message>
    <message>
        <source>The age is unknown without a valid birth date.</source>
        <translation>没有有效的出生日期，无法确定年龄。</translation>
    </message>
    <message>
        <source>The check digit is correct.</source>
        <translation>校验码正确。</translation>
    </message>
    <message>
        <source>The check digit is wrong: the number was mistyped or invented (it should end in %1).</source>
        <translation>校验码错误：号码输错或系伪造（末位应为 %1）。</translation>
    </message>
    <message>
        <source>The birth date in the number does not exist.</source>
        <translation>号码中的出生日期不存在。</translation>
    </message>
    <message>
        <source>The region code %1 is not a real province.</source>
        <translation>地区码 %1 不是有效的省份。</translation>
    </message>
    <message>
        <source>Registered in %1.</source>
        <translation>户籍地：%1。</translation>
    </message>
    <message>
        <source>The birth date on the form matches the ID number.</source>
        <translation>申请表上的出生日期与身份证号一致。</translation>
    </message>
    <message>
        <source>%1 years old: providers must be at least %2.</source>
        <translation>%1 岁：服务人员须年满 %2 岁。</translation>
    </message>
    <message>
        <source>%1 years old: the platform accepts providers up to %2.</source>
        <translation>%1 岁：平台接受的服务人员年龄上限为 %2 岁。</translation>
    </message>
    <message>
        <source>%1 years old.</source>
        <translation>%1 岁。</translation>
    </message>
    <message>
        <source>The health certificate was rejected; a new one is needed.</source>
        <translation>健康证未通过审核，需要重新提供。</translation>
    </message>
    <message>
        <source>No health certificate has been provided.</source>
        <translation>尚未提供健康证。</translation>
    </message>
    <message>
        <source>The health certificate is not valid until %1.</source>
        <translation>健康证自 %1 起才生效。</translation>
    </message>
    <message>
        <source>The health certificate has no end date.</source>
        <translation>健康证没有截止日期。</translation>
    </message>
    <message>
        <source>The health certificate expired on %1.</source>
        <translation>健康证已于 %1 过期。</translation>
    </message>
    <message numerus="yes">
        <source>The health certificate expires on %1, in %n day(s); it must be valid for at least %2 more days.</source>
        <translation>
            <numerusform>健康证将于 %1 到期（%n 天后）；剩余有效期须至少 %2 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>The health certificate is valid until %1.</source>
        <translation>健康证有效期至 %1。</translation>
    </message>
    <message>
        <source>%1 (needed for %2) was rejected.</source>
        <translation>%1（%2所需）未通过审核。</translation>
    </message>
    <message>
        <source>%1 is missing: it is required for %2.</source>
        <translation>缺少%1：%2需要此证件。</translation>
    </message>
    <message>
        <source>%1 is valid until %2.</source>
        <translation>%1有效期至 %2。</translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation>%1有效。</translation>
    </message>
    <message>
        <source>%1 is not valid until %2.</source>
        <translation>%1自 %2 起才生效。</translation>
    </message>
    <message>
        <source>%1 expired on %2.</source>
        <translation>%1已于 %2 过期。</translation>
    </message>
    <message>
        <source>No background check has been recorded.</source>
        <translation>尚未登记背景调查。</translation>
    </message>
    <message>
        <source>The background check is clear.</source>
        <translation>背景调查无异常。</translation>
    </message>
    <message>
        <source>The background check found a record.</source>
        <translation>背景调查发现不良记录。</translation>
    </message>
    <message>
        <source>The background check has been requested; no result yet.</source>
        <translation>已申请背景调查，尚无结果。</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future.</source>
        <translation>号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The birth date in the number is a real date.</source>
        <translation>号码中的出生日期是有效日期。</translation>
    </message>
    <message>
        <source>The birth date on the form does not match the ID number.</source>
        <translation>表单上的出生日期与身份证号不符。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ProviderCorrectionDialog</name>
    <message>
        <source>Correct provider</source>
        <translation>更正服务人员资料</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Home district:</source>
        <translation>居住区域：</translation>
    </message>
    <message>
        <source>Home address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>%1 (type a new number to replace it)</source>
        <translation>%1（输入新号码以替换）</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ProviderDetailPane</name>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Course or assessment</source>
        <translation>课程或考核</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Confirm deactivation…</source>
        <translation>确认停用……</translation>
    </message>
    <message>
        <source>Keep the provider…</source>
        <translation>保留该服务人员……</translation>
    </message>
    <message>
        <source>Course completed…</source>
        <translation>课程完成……</translation>
    </message>
    <message>
        <source>Assessment result…</source>
        <translation>考核成绩……</translation>
    </message>
    <message>
        <source>Reward or penalty…</source>
        <translation>奖励或处罚……</translation>
    </message>
    <message>
        <source>Add credential…</source>
        <translation>添加证件……</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>奖惩记录</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>No provider chosen</source>
        <translation>未选择服务人员</translation>
    </message>
    <message>
        <source>Choose a provider in the list.</source>
        <translation>请在列表中选择一位服务人员。</translation>
    </message>
    <message>
        <source>Phone %1 · ID %2 · points %3</source>
        <translation>手机号 %1 · 身份证号 %2 · 积分 %3</translation>
    </message>
    <message>
        <source>Home: %1 %2
Serves: %3
Working hours: %4
Joined: %5
Background check: %6</source>
        <translation>住址：%1 %2
服务区域：%3
工作时间：%4
入驻日期：%5
背景调查：%6</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未入驻</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 / pass mark %2 — %3</source>
        <translation>%1 / 及格分 %2 —— %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message numerus="yes">
        <source>%1 average from %n rating(s)</source>
        <translation>
            <numerusform>平均 %1 分，共 %n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <source>Balance: %1 points</source>
        <translation>积分余额：%1</translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation>预警（%1）</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>This is the second failed attempt: a deactivation flag was raised for a decision (Flags tab).</source>
        <translation>这是第二次未通过：已触发停用预警，等待决定（见“预警”页）。</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>Why does the provider stay despite the flag?</source>
        <translation>为什么在有预警的情况下仍保留该服务人员？</translation>
    </message>
    <message>
        <source>Record background check…</source>
        <translation>登记背景调查……</translation>
    </message>
    <message>
        <source>requested from %1, no result yet</source>
        <translation>已向%1申请，尚无结果</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Why is %1 deactivated? They receive no more orders; the reason is shown with their status.</source>
        <translation>为什么停用%1？停用后不再接单；原因会与其状态一起显示。</translation>
    </message>
    <message numerus="yes">
        <source>Their %n other open flag(s) are settled with this decision.</source>
        <translation>
            <numerusform>其另外 %n 个待处理标记也随此决定一并处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用%1</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ProviderDirectoryPage</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>全部技能</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>全部评分</translation>
    </message>
    <message>
        <source>≥ %1 ★</source>
        <translation>≥ %1 ★</translation>
    </message>
    <message>
        <source>any points</source>
        <translation>全部积分</translation>
    </message>
    <message>
        <source>points ≥ </source>
        <translation>积分 ≥ </translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按姓名</translation>
    </message>
    <message>
        <source>Best rated first</source>
        <translation>评分从高到低</translation>
    </message>
    <message>
        <source>Most points first</source>
        <translation>积分从高到低</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>名录</translation>
    </message>
    <message>
        <source>Expiring credentials</source>
        <translation>即将到期证件</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>共 %n 位服务人员</numerusform>
        </translation>
    </message>
    <message>
        <source>Only providers with a deactivation flag awaiting your decision</source>
        <translation>只显示有待您决定的停用标记的服务人员</translation>
    </message>
    <message>
        <source>Open flags (%1)</source>
        <translation>待处理标记（%1）</translation>
    </message>
    <message>
        <source>Data request…</source>
        <translation>个人信息请求…</translation>
    </message>
    <message>
        <source>Search by name, the last 4 phone digits or the whole number</source>
        <translation>按姓名、手机号后 4 位或完整号码搜索</translation>
    </message>
    <message>
        <source>The selected provider has left and asks for a copy of their data or its deletion</source>
        <translation>所选服务人员已离开，要求获取其个人信息副本或删除</translation>
    </message>
    <message>
        <source>Data request</source>
        <translation>个人信息请求</translation>
    </message>
    <message>
        <source>Select the provider who asks first.</source>
        <translation>请先选择提出请求的服务人员。</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正……</translation>
    </message>
    <message>
        <source>Correct the selected provider&apos;s name, number, home district or address</source>
        <translation>更正所选服务人员的姓名、手机号、居住区域或住址</translation>
    </message>
    <message>
        <source>Correct provider</source>
        <translation>更正服务人员资料</translation>
    </message>
    <message>
        <source>Select the provider to correct first.</source>
        <translation>请先选择要更正的服务人员。</translation>
    </message>
    <message>
        <source>This provider&apos;s data was anonymised or is gone.</source>
        <translation>该服务人员的资料已匿名化或已不存在。</translation>
    </message>
    <message>
        <source>Show every provider again</source>
        <translation>重新显示全部服务人员</translation>
    </message>
</context>
<context>
    <name>ProviderDisciplineService</name>
    <message>
        <source>No such flag.</source>
        <translation>预警不存在。</translation>
    </message>
    <message>
        <source>This flag has already been decided.</source>
        <translation>此预警已处理。</translation>
    </message>
    <message>
        <source>No such course.</source>
        <translation>课程不存在。</translation>
    </message>
    <message>
        <source>A course cannot be completed in the future.</source>
        <translation>课程完成日期不能晚于今天。</translation>
    </message>
    <message>
        <source>No such assessment.</source>
        <translation>考核不存在。</translation>
    </message>
    <message>
        <source>A score is 0 to 100.</source>
        <translation>分数应为 0 到 100。</translation>
    </message>
    <message>
        <source>An assessment cannot be taken in the future.</source>
        <translation>考核日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Please say why the provider stays.</source>
        <translation>请说明保留该服务人员的原因。</translation>
    </message>
    <message>
        <source>Please give a reason for the entry.</source>
        <translation>请填写此条记录的原因。</translation>
    </message>
    <message>
        <source>An entry moves points, money or both.</source>
        <translation>每条记录须变动积分、金额或两者。</translation>
    </message>
    <message>
        <source>Please say why the provider is deactivated.</source>
        <translation>请说明停用该服务人员的原因。</translation>
    </message>
    <message>
        <source>Settled by the deactivation: %1</source>
        <translation>随停用一并处理：%1</translation>
    </message>
</context>
<context>
    <name>ProviderExpiryService</name>
    <message>
        <source>ID card expired on %1</source>
        <translation>身份证已于 %1 过期</translation>
    </message>
    <message>
        <source>Health certificate expired on %1</source>
        <translation>健康证已于 %1 过期</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1已于 %2 过期</translation>
    </message>
</context>
<context>
    <name>ProviderFacts</name>
    <message>
        <source>No such provider.</source>
        <translation>服务人员不存在。</translation>
    </message>
</context>
<context>
    <name>ProviderFlags</name>
    <message>
        <source>Failed the assessment &quot;%1&quot; %2 times.</source>
        <translation>考核“%1”已 %2 次未通过。</translation>
    </message>
    <message>
        <source>Average rating %1 over the last %2 orders, below %3.</source>
        <translation>最近 %2 单平均评分 %1，低于 %3。</translation>
    </message>
    <message>
        <source>%1 complaints upheld within %2 days.</source>
        <translation>%2 天内投诉成立 %1 次。</translation>
    </message>
</context>
<context>
    <name>ProviderReviewService</name>
    <message>
        <source>No such application.</source>
        <translation>申请不存在。</translation>
    </message>
    <message>
        <source>No such provider.</source>
        <translation>服务人员不存在。</translation>
    </message>
    <message>
        <source>This application has already been decided (%1).</source>
        <translation>此申请已处理（%1）。</translation>
    </message>
    <message>
        <source>The application cannot be approved yet:</source>
        <translation>此申请暂不能通过：</translation>
    </message>
    <message>
        <source>Please say why the application is rejected.</source>
        <translation>请说明驳回申请的原因。</translation>
    </message>
    <message>
        <source>Please say what information is needed.</source>
        <translation>请说明需要补充哪些资料。</translation>
    </message>
    <message>
        <source>Unknown kind of credential.</source>
        <translation>未知的证件类型。</translation>
    </message>
    <message>
        <source>Choose which qualification this certificate is.</source>
        <translation>请选择此证书对应的资质。</translation>
    </message>
    <message>
        <source>A credential cannot expire before it starts.</source>
        <translation>证件的到期日期不能早于生效日期。</translation>
    </message>
    <message>
        <source>No such credential.</source>
        <translation>证件不存在。</translation>
    </message>
    <message>
        <source>This credential has already been reviewed.</source>
        <translation>此证件已审核。</translation>
    </message>
    <message>
        <source>No such scan.</source>
        <translation>扫描件不存在。</translation>
    </message>
    <message>
        <source>Please name the agency that made the check.</source>
        <translation>请填写进行背景调查的机构名称。</translation>
    </message>
    <message>
        <source>Only a credential waiting for review can be corrected; this one has been reviewed.</source>
        <translation>只有待审核的证件才能更正；该证件已审核。</translation>
    </message>
    <message>
        <source>Please say why the credential is rejected.</source>
        <translation>请说明驳回该证件的原因。</translation>
    </message>
    <message>
        <source>A background check cannot have been made in the future.</source>
        <translation>背景调查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This provider&apos;s data was anonymised; there is nothing to correct.</source>
        <translation>该服务人员的个人信息已匿名化，没有可更正的内容。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender is m, f or empty.</source>
        <translation>性别只能是 m、f 或留空。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>No such district.</source>
        <translation>该区域不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MiB; a scan may be at most %3 MiB.</source>
        <translation>“%1”大小为 %2 MiB；扫描件最大 %3 MiB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG or PDF file; only those can be attached.</source>
        <translation>“%1”不是 PNG、JPEG 或 PDF 文件；只能添加这几种格式。</translation>
    </message>
</context>
<context>
    <name>ProviderRows</name>
    <message>
        <source>No such provider.</source>
        <translation>服务人员不存在。</translation>
    </message>
</context>
<context>
    <name>ProviderStatus</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>待补充资料</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>已提交申请</translation>
    </message>
    <message>
        <source>Credential added</source>
        <translation>已添加证件</translation>
    </message>
    <message>
        <source>Credential corrected</source>
        <translation>证件已更正</translation>
    </message>
    <message>
        <source>Credential approved</source>
        <translation>证件已通过</translation>
    </message>
    <message>
        <source>Credential rejected</source>
        <translation>证件已驳回</translation>
    </message>
    <message>
        <source>Scan added</source>
        <translation>已添加扫描件</translation>
    </message>
    <message>
        <source>Background check recorded</source>
        <translation>已登记背景调查</translation>
    </message>
    <message>
        <source>Qualification %1</source>
        <translation>资格证 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RateOrderDialog</name>
    <message>
        <source>Customer&apos;s rating</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <source> star(s)</source>
        <translation> 星</translation>
    </message>
    <message>
        <source>Stars:</source>
        <translation>星级：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评语：</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ReasonDialog</name>
    <message>
        <source>Please give a reason; it is kept with the decision.</source>
        <translation>请填写原因，原因将与决定一并保存。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Yuan, e.g. 50 or 35.50</source>
        <translation>单位：元，例如 50 或 35.50</translation>
    </message>
    <message>
        <source>Why the customer is refunded</source>
        <translation>向客户退款的原因</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>剩余可退</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Up to your refund limit you approve it yourself afterwards; above it a manager approves it.</source>
        <translation>在您的退款限额内，您可随后自行批准；超出限额则需经理批准。</translation>
    </message>
    <message>
        <source>Request refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Please enter an amount in yuan greater than zero, with at most two decimals.</source>
        <translation>请输入大于零的金额（元），最多两位小数。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RefundLimitDialog</name>
    <message>
        <source>Limit (yuan)</source>
        <translation>限额（元）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Please enter an amount in yuan, zero or more, with at most two decimals.</source>
        <translation>请输入以元为单位的金额，不小于零，最多两位小数。</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>The refund no longer exists.</source>
        <translation>该退款已不存在。</translation>
    </message>
    <message>
        <source>The refund is already %1.</source>
        <translation>该退款当前状态为：%1。</translation>
    </message>
    <message>
        <source>Please write down why the customer is refunded.</source>
        <translation>请填写向客户退款的原因。</translation>
    </message>
    <message>
        <source>The amount to refund must be more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>The complaint was rejected; reopen it before refunding.</source>
        <translation>该投诉已被驳回，请先重新打开再退款。</translation>
    </message>
    <message>
        <source>The order was not paid: there is nothing to refund.</source>
        <translation>该订单未付款，无可退款项。</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this order: its refunds (requested, approved or paid) already reach the %1 paid.</source>
        <translation>该订单已无可退金额：其退款（已申请、已批准或已支付）已达到实付的 %1。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 paid for this order is left to refund (the rest is already requested, approved or paid).</source>
        <translation>该订单实付 %2，仅剩 %1 可退（其余已申请、已批准或已支付）。</translation>
    </message>
    <message>
        <source>The refund changed in another session; look at it again.</source>
        <translation>该退款已在其他会话中被修改，请重新查看。</translation>
    </message>
    <message>
        <source>%1 is above your refund limit of %2: a manager or an administrator other than you approves it.</source>
        <translation>%1 超出您的退款限额 %2：需由您以外的经理或管理员批准。</translation>
    </message>
    <message>
        <source>Please write down why the refund is rejected.</source>
        <translation>请填写驳回退款的原因。</translation>
    </message>
    <message>
        <source>The refund is not approved yet.</source>
        <translation>该退款尚未批准。</translation>
    </message>
    <message>
        <source>The customer paid this order in the app: the platform pays the refund back through its payment provider once the approval has synced, and marks it paid. Nothing to mark by hand.</source>
        <translation>客户已在 App 内支付此订单：审批同步后，平台会通过支付服务商原路退款并标记为已退款，无需手动标记。</translation>
    </message>
</context>
<context>
    <name>RefundStatus</name>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There is no report called &apos;%1&apos;.</source>
        <translation>没有名为“%1”的报表。</translation>
    </message>
    <message>
        <source>The period must have a first and a last day, the first not after the last.</source>
        <translation>时间范围必须有开始日期和结束日期，且开始日期不得晚于结束日期。</translation>
    </message>
    <message>
        <source>There is no district with the code &apos;%1&apos;.</source>
        <translation>没有代码为“%1”的区域。</translation>
    </message>
    <message>
        <source>There is no service category with the code &apos;%1&apos;.</source>
        <translation>没有代码为“%1”的服务类目。</translation>
    </message>
    <message>
        <source>Say where the report is to be written.</source>
        <translation>请指定报表的保存位置。</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <source>Cannot replace %1: is it open in another program?</source>
        <translation>无法替换 %1：该文件是否已在其他程序中打开？</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n row(s)</source>
        <translation>
            <numerusform>合计：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>时间范围：%1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>个人信息已脱敏</translation>
    </message>
    <message>
        <source>Personal data NOT masked: keep this file safe</source>
        <translation>个人信息未脱敏：请妥善保管此文件</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间 %1</translation>
    </message>
    <message>
        <source>personal data masked</source>
        <translation>个人信息已脱敏</translation>
    </message>
    <message>
        <source>personal data NOT masked</source>
        <translation>个人信息未脱敏</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RescheduleOrderDialog</name>
    <message>
        <source>Reschedule order</source>
        <translation>订单改约</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider is released and the order goes back to the dispatch queue with the new window.</source>
        <translation>将释放服务人员，订单以新时段回到待派单队列。</translation>
    </message>
    <message>
        <source>New arrival window:</source>
        <translation>新的上门时段：</translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation>提出方：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The new window has already begun; choose a later time.</source>
        <translation>新时段已经开始，请选择更晚的时间。</translation>
    </message>
</context>
<context>
    <name>ReserviceProvider</name>
    <message>
        <source>The same provider</source>
        <translation>原服务人员</translation>
    </message>
    <message>
        <source>Another provider</source>
        <translation>其他服务人员</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RetentionDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Run the sweep now…</source>
        <translation>立即执行清理…</translation>
    </message>
    <message>
        <source>Personal data retention</source>
        <translation>个人信息保存期限</translation>
    </message>
    <message>
        <source>kept for ever (off)</source>
        <translation>永久保存（关闭）</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>A customer&apos;s personal data is anonymised when they have had no order and no change to their record for this long. Orders and payments stay for the accounts.</source>
        <translation>客户在这么长时间内没有订单、资料也没有变化时，其个人信息将被匿名化。订单和付款为账务保留。</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>保存：</translation>
    </message>
    <message>
        <source>Retention is off: nobody is anonymised for inactivity.</source>
        <translation>保存期限已关闭：不会因长期不活跃而匿名化任何人。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) inactive for more than %1 year(s) would be anonymised now.</source>
        <translation>
            <numerusform>现在将匿名化 %n 位超过 %1 年不活跃的客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention sweep</source>
        <translation>保存期限清理</translation>
    </message>
    <message>
        <source>Nobody is due: nothing was changed.</source>
        <translation>没有到期的客户：未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n customer(s) with no order and no change for more than %1 year(s)?

Their names, phone numbers, addresses and notes are replaced for good; their orders and payments stay.</source>
        <translation>
            <numerusform>匿名化 %n 位超过 %1 年没有订单、资料也没有变化的客户？

其姓名、手机号、地址和备注将被永久替换；订单和付款保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising inactive customers…</source>
        <translation>正在匿名化不活跃客户…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) anonymised (%1 record(s) rewritten, %2 queued sync cop(ies) purged).</source>
        <translation>
            <numerusform>已匿名化 %n 位客户（改写 %1 条记录，清除 %2 个待同步副本）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: the rest are still due.</source>
        <translation>已中途停止：其余客户仍待处理。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::RetentionRunner</name>
    <message numerus="yes">
        <source>Retention: %n customer(s) without activity for %1 year(s) were anonymised (%2 record(s) rewritten); see the audit log.</source>
        <translation>
            <numerusform>保存期限清理：%n 位超过 %1 年无活动的客户已匿名化（改写 %2 条记录）；详见审计日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ReturnVisitDialog</name>
    <message>
        <source>Return visit</source>
        <translation>上门返工</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>For the provider (optional)</source>
        <translation>指定服务人员（可选）</translation>
    </message>
    <message>
        <source>A free order for the same service at the same address goes to the dispatch queue.</source>
        <translation>将在同一地址为同一服务生成一张免费订单，进入待派单队列。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>预约时段</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Create return visit</source>
        <translation>创建上门返工</translation>
    </message>
    <message>
        <source>The window has already begun; choose a later time.</source>
        <translation>该时段已开始，请选择更晚的时间。</translation>
    </message>
</context>
<context>
    <name>ReturnVisitService</name>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>The complaint is closed; reopen it first.</source>
        <translation>该投诉已结案；请先重新打开。</translation>
    </message>
    <message>
        <source>The customer&apos;s data was anonymised; no order can be made for them.</source>
        <translation>该客户的个人信息已匿名化，无法为其创建订单。</translation>
    </message>
    <message>
        <source>The time window must end after it starts.</source>
        <translation>时间段的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>No provider was assigned to the original order: choose &quot;another provider&quot;.</source>
        <translation>原订单未指派服务人员：请选择“其他服务人员”。</translation>
    </message>
    <message>
        <source>The return visit %1 is not done yet.</source>
        <translation>上门返工 %1 尚未完成。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ReviewPage</name>
    <message>
        <source> — %1</source>
        <translation> —— %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>← Queue</source>
        <translation>← 队列</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回……</translation>
    </message>
    <message>
        <source>Ask for information…</source>
        <translation>要求补充资料……</translation>
    </message>
    <message>
        <source>Next application</source>
        <translation>下一个申请</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter)</source>
        <translation>通过（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Reject with a reason (Ctrl+R)</source>
        <translation>填写原因并驳回（Ctrl+R）</translation>
    </message>
    <message>
        <source>Ask the applicant for more information (Ctrl+I)</source>
        <translation>要求申请人补充资料（Ctrl+I）</translation>
    </message>
    <message>
        <source>Open the next application in the queue (Ctrl+N)</source>
        <translation>打开队列中的下一个申请（Ctrl+N）</translation>
    </message>
    <message>
        <source>Back to the queue (Esc)</source>
        <translation>返回队列（Esc）</translation>
    </message>
    <message>
        <source>Show the full ID number (recorded in the audit log)</source>
        <translation>显示完整身份证号（将记入审计日志）</translation>
    </message>
    <message>
        <source>Show the full phone number (recorded in the audit log)</source>
        <translation>显示完整手机号（将记入审计日志）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Keys: Ctrl+Enter approve · Ctrl+R reject · Ctrl+I ask for information · Ctrl+N next · Esc back to the queue</source>
        <translation>快捷键：Ctrl+Enter 通过 · Ctrl+R 驳回 · Ctrl+I 要求补充资料 · Ctrl+N 下一个 · Esc 返回队列</translation>
    </message>
    <message>
        <source>No application open</source>
        <translation>未打开申请</translation>
    </message>
    <message>
        <source>Choose one in the queue and press Enter.</source>
        <translation>请在队列中选择一个申请并按 Enter。</translation>
    </message>
    <message>
        <source> · submitted %1</source>
        <translation> · 提交于 %1</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>性别未填写</translation>
    </message>
    <message>
        <source>No credentials have been submitted.</source>
        <translation>尚未提交任何证件。</translation>
    </message>
    <message>
        <source>Cannot be approved yet:
%1</source>
        <translation>暂不能通过：
%1</translation>
    </message>
    <message>
        <source>This application has already been decided (%1).</source>
        <translation>此申请已处理（%1）。</translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation>无法通过</translation>
    </message>
    <message>
        <source>%1 cannot be approved yet:
%2</source>
        <translation>%1 暂不能通过：
%2</translation>
    </message>
    <message>
        <source>Approve %1? They become an active provider for the skills applied for.</source>
        <translation>通过 %1 的申请？其将成为所申请技能的正式服务人员。</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>驳回 %1</translation>
    </message>
    <message>
        <source>Why is the application rejected? The reason is kept with the decision.</source>
        <translation>为什么驳回此申请？原因将与决定一并保存。</translation>
    </message>
    <message>
        <source>Ask %1 for information</source>
        <translation>要求 %1 补充资料</translation>
    </message>
    <message>
        <source>What is missing or unclear? The applicant is told this.</source>
        <translation>缺少或不清楚的是什么？此内容将告知申请人。</translation>
    </message>
    <message>
        <source>Record background check…</source>
        <translation>登记背景调查……</translation>
    </message>
    <message>
        <source>Add credential…</source>
        <translation>添加证件……</translation>
    </message>
    <message>
        <source>Record the agency&apos;s answer, or that a check was requested</source>
        <translation>登记调查机构的结论，或已申请调查</translation>
    </message>
    <message>
        <source>Add a credential the applicant brought or sent (e.g. a renewal), then attach its scan and approve it</source>
        <translation>添加申请人带来或寄来的证件（如续期证件），再附上扫描件并审核通过</translation>
    </message>
    <message>
        <source>Background check: none recorded</source>
        <translation>背景调查：尚未登记</translation>
    </message>
    <message>
        <source>Background check: requested from %1, no result yet</source>
        <translation>背景调查：已向%1申请，尚无结果</translation>
    </message>
    <message>
        <source>Background check: %1 (%2, %3)</source>
        <translation>背景调查：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Age %1 · %2
Home: %3 %4
Serves: %5
Applies for: %6</source>
        <translation>%1 岁 · %2
住址：%3 %4
服务区域：%5
申请服务：%6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ReviewQueuePage</name>
    <message>
        <source>Open next</source>
        <translation>打开下一个</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>待补充资料</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>全部技能</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>waiting &gt; </source>
        <translation>等待 &gt; </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>any waiting time</source>
        <translation>不限等待时间</translation>
    </message>
    <message>
        <source>Open the longest-waiting application after the current one (Ctrl+N)</source>
        <translation>打开当前申请之后等待最久的申请（Ctrl+N）</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>入驻审核</translation>
    </message>
    <message>
        <source>Enter opens the selected application · Ctrl+N opens the next one</source>
        <translation>Enter 打开所选申请 · Ctrl+N 打开下一个</translation>
    </message>
    <message>
        <source>There are no more applications in the queue.</source>
        <translation>队列中没有更多申请了。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>共 %n 个申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, the last 4 phone digits or the whole number</source>
        <translation>按姓名、手机号后 4 位或完整号码搜索</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>RotationRun</name>
    <message>
        <source>Re-encrypting the store under a new data key…</source>
        <translation>正在用新的数据密钥重新加密数据库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rotate the data key</source>
        <translation>更换数据密钥</translation>
    </message>
    <message numerus="yes">
        <source>The store is re-encrypted under a new data key (%n account(s), %1 MiB, %2 s). Copies made before no longer open it.</source>
        <translation>
            <numerusform>数据库已用新的数据密钥重新加密（%n 个账号，%1 MiB，%2 秒）。此前制作的副本已无法打开它。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rotation was cancelled; the store is as it was and the rotation is still due.</source>
        <translation>已取消更换；数据库保持原样，数据密钥仍待更换。</translation>
    </message>
    <message>
        <source>The data key was not rotated: %1</source>
        <translation>数据密钥未更换：%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Very unsatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>%1 (%2/5)</source>
        <translation>%1（%2/5）</translation>
    </message>
</context>
<context>
    <name>ScanFiles</name>
    <message>
        <source>Add scan</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MiB; a scan may be at most %3 MiB.</source>
        <translation>“%1”大小为 %2 MiB；扫描件最大 %3 MiB。</translation>
    </message>
</context>
<context>
    <name>ScanTempFiles</name>
    <message>
        <source>Could not create the folder for temporary copies: %1</source>
        <translation>无法创建临时副本文件夹：%1</translation>
    </message>
    <message>
        <source>%1 is not a folder of this console; no copy was written.</source>
        <translation>%1 不是本控制台的文件夹；未写入副本。</translation>
    </message>
    <message>
        <source>%1 belongs to another user; no copy was written.</source>
        <translation>%1 属于其他用户；未写入副本。</translation>
    </message>
    <message>
        <source>Could not make %1 private; no copy was written.</source>
        <translation>无法将 %1 设为仅本人可访问；未写入副本。</translation>
    </message>
    <message>
        <source>The scan is neither PNG, JPEG nor PDF; no copy was written.</source>
        <translation>扫描件不是 PNG、JPEG 或 PDF；未写入副本。</translation>
    </message>
    <message>
        <source>Could not write a temporary copy: %1</source>
        <translation>无法写入临时副本：%1</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ScanViewer</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the page to the window</source>
        <translation>使页面适应窗口大小</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Rotate clockwise</source>
        <translation>顺时针旋转</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Choose a scan of a credential to see it here.</source>
        <translation>选择证件的扫描件即可在此查看。</translation>
    </message>
    <message>
        <source>%1 (%2 KiB)</source>
        <translation>%1（%2 KiB）</translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF.</source>
        <translation>无法将 %1 作为 PDF 读取。</translation>
    </message>
    <message>
        <source>%1 is a PDF (%2 KiB). This build of Doorstep cannot show PDF pages (Qt PDF is not installed).</source>
        <translation>%1 是 PDF 文件（%2 KiB）。此版本的 Doorstep 无法显示 PDF 页面（未安装 Qt PDF）。</translation>
    </message>
    <message>
        <source>%1 could not be shown as an image.</source>
        <translation>无法将 %1 作为图片显示。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, too large to show here.</source>
        <translation>%1 为 %2 × %3 像素，太大，无法在此显示。</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be shown.</source>
        <translation>无法显示第 %1 页（共 %2 页）。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ScheduleBoard</name>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Assign to selected provider</source>
        <translation>派给所选服务人员</translation>
    </message>
    <message>
        <source>Enter on the board does the same: the earliest start the rules allow</source>
        <translation>在看板上按 Enter 效果相同：按规则允许的最早时间开始</translation>
    </message>
    <message>
        <source>Auto-dispatch…</source>
        <translation>自动派单……</translation>
    </message>
    <message>
        <source>Plan the day&apos;s waiting orders automatically, review the proposals and accept them</source>
        <translation>自动规划当天的待派单订单，审阅派单建议并采纳</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Waiting for dispatch (drag onto a provider; drag a job back here to take it back)</source>
        <translation>待派单（拖到服务人员上即可派单；将工单拖回此处即可撤回）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
Window %4</source>
        <translation>%1 · %2 · %3
预约时段 %4</translation>
    </message>
    <message>
        <source>Cannot place the job here</source>
        <translation>无法将工单安排在此处</translation>
    </message>
    <message>
        <source>Place the job anyway?</source>
        <translation>仍要安排此工单？</translation>
    </message>
    <message>
        <source>The rules allow this, but:
%1

Place it anyway?</source>
        <translation>规则允许此安排，但：
%1

仍要安排吗？</translation>
    </message>
    <message>
        <source>Select an order on the left and a provider on the board first.</source>
        <translation>请先在左侧选择订单，并在看板上选择服务人员。</translation>
    </message>
    <message>
        <source>Taken back on the schedule board</source>
        <translation>在排班看板上撤回</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则……</translation>
    </message>
    <message>
        <source>Travel speed and road factor, and when a drop asks for confirmation</source>
        <translation>路程速度和道路系数，以及拖放时何时需要确认</translation>
    </message>
    <message>
        <source>Keys on the board: Up/Down provider · Enter assign · Left/Right pick a job · Alt+Left/Right 15 min earlier/later · Ctrl+X then Enter move to another provider · Delete take back · Ctrl+Z undo</source>
        <translation>排班表快捷键：上/下 选服务人员 · Enter 派单 · 左/右 选工单 · Alt+左/右 提前/推后 15 分钟 · Ctrl+X 再按 Enter 改派给其他服务人员 · Delete 收回 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Showing the first %1 providers by name: choose a district or a service to see the others.</source>
        <translation>按姓名显示前 %1 位服务人员：选择区域或服务项目以查看其他人。</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>共 %n 位服务人员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has been accepted by the provider; reschedule it from the order&apos;s detail instead.</source>
        <translation>%1 已被服务人员接单；请在订单详情中改约。</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>新订单</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ScheduleTimeline</name>
    <message>
        <source>Accepted by the provider: reschedule to change it</source>
        <translation>服务人员已接单：如需更改请改约</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>%1 of row %2 is &quot;%3&quot;, which this version of Doorstep does not know. The store was changed outside this console or by a newer version of Doorstep; nothing was changed.</source>
        <translation>%1（第 %2 行）的值为“%3”，此版本的 Doorstep 无法识别。存储文件曾在本控制台之外或被更新版本的 Doorstep 修改；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ServiceLayer</name>
    <message>
        <source>%1 may not: %2.</source>
        <translation>%1 无权：%2。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data: %1</source>
        <translation>修改与现有数据冲突：%1</translation>
    </message>
    <message>
        <source>The store could not save the change: %1</source>
        <translation>数据库无法保存修改：%1</translation>
    </message>
    <message>
        <source>The store is busy (another console is saving); try again.</source>
        <translation>数据库正忙（另一台控制台正在保存）；请重试。</translation>
    </message>
    <message>
        <source>Your account no longer exists in this store.</source>
        <translation>您的账号在此数据库中已不存在。</translation>
    </message>
    <message>
        <source>Your account was removed or disabled by an administrator; log out.</source>
        <translation>您的账号已被管理员删除或停用；请退出登录。</translation>
    </message>
    <message>
        <source>Your role is now %1, which may not: %2. Log in again to see what your role allows.</source>
        <translation>您的角色现为%1，无权：%2。请重新登录以查看您的角色可用的功能。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Only an administrator can change these office settings.</source>
        <translation>只有管理员可以修改这些门店设置。</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no office setting %1.</source>
        <translation>没有名为 %1 的办公室设置。</translation>
    </message>
</context>
<context>
    <name>SkillStatus</name>
    <message>
        <source>applied for</source>
        <translation>申请中</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message>
        <source>The holiday calendar stored for %1 cannot be read: %2</source>
        <translation>%1 年的节假日日历无法读取：%2</translation>
    </message>
    <message>
        <source>it covers another year.</source>
        <translation>该日历对应的是其他年份。</translation>
    </message>
    <message>
        <source>The office hours leave no day open, so no business-hours deadline can be set. An administrator can correct them in the settings.</source>
        <translation>营业时间设置中没有任何一天营业，因此无法设定按营业时间计算的期限。管理员可以在设置中更正。</translation>
    </message>
    <message>
        <source>The holiday calendar file was not loaded: %1</source>
        <translation>节假日日历文件未加载：%1</translation>
    </message>
    <message>
        <source>There is no SLA policy for %1 complaints of %2 severity; an administrator must add one.</source>
        <translation>没有适用于类型为“%1”、严重程度为“%2”的投诉的 SLA 规则；需由管理员添加。</translation>
    </message>
    <message>
        <source>The SLA policy for %1 / %2 names an unknown unit.</source>
        <translation>%1 / %2 的 SLA 规则使用了未知的时间单位。</translation>
    </message>
    <message>
        <source>The holiday calendar has no file for %1: business-hours deadlines treat its holidays as working days. An administrator should load the year&apos;s calendar.</source>
        <translation>节假日日历中没有 %1 年的文件：按营业时间计算的期限会把该年的节假日当作工作日。管理员应加载该年的日历。</translation>
    </message>
    <message>
        <source>The holiday calendar ends with %1: load the %2 calendar when the State Council publishes it, or deadlines running into January will count holidays as working days.</source>
        <translation>节假日日历只到 %1 年：请在国务院公布后加载 %2 年的日历，否则延续到 1 月的期限会把节假日当作工作日计算。</translation>
    </message>
    <message>
        <source>At least one weekday must have open hours: business-hours deadlines count only those.</source>
        <translation>至少要有一个工作日设有营业时间：按营业时间计算的期限只计算这些时段。</translation>
    </message>
    <message>
        <source>Office hours lie within one day, from 00:00 to 24:00.</source>
        <translation>营业时间须在一天之内，从 00:00 到 24:00。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::SlaPolicyDialog</name>
    <message>
        <source>minutes, around the clock (24×7)</source>
        <translation>分钟，全天候（24×7）</translation>
    </message>
    <message>
        <source>business minutes (office hours only)</source>
        <translation>营业分钟（仅计营业时间）</translation>
    </message>
    <message>
        <source>business days (closing time of the Nth working day)</source>
        <translation>营业日（第 N 个工作日的营业结束时间）</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>SLA 规则</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Each complaint gets a first-response and a resolution deadline from the policy of its category and severity when it is recorded. Complaints already open keep the deadlines they were given; complaints recorded from a change on, and the fresh resolution target of a reopened one, use the new policy. Business time counts the office hours and the holiday calendar.</source>
        <translation>每件投诉在登记时，按其类型和严重程度对应的规则获得首次响应期限和解决期限。已受理的投诉保留原定期限；规则修改后登记的投诉，以及重新打开的投诉新的解决时限，按新规则计算。营业时间按营业时段和节假日日历计算。</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>首次响应时限</translation>
    </message>
    <message>
        <source>Resolution within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Office hours and calendar…</source>
        <translation>营业时间与日历……</translation>
    </message>
    <message>
        <source>none: intake is refused</source>
        <translation>无：不予受理</translation>
    </message>
    <message>
        <source>%1: nothing changed.</source>
        <translation>%1：没有任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1 saved. New complaints of this kind get these targets; %n open complaint(s) of this kind keep the deadlines they were given.</source>
        <translation>
            <numerusform>%1 已保存。此类新投诉将采用这些时限；此类 %n 件未结案投诉保留原定期限。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaPolicyService</name>
    <message numerus="yes">
        <source>%n hour(s) around the clock</source>
        <translation>
            <numerusform>全天候 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) around the clock</source>
        <translation>
            <numerusform>全天候 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n 个营业小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business minute(s)</source>
        <translation>
            <numerusform>%n 个营业分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n 个营业日</numerusform>
        </translation>
    </message>
    <message>
        <source>The first-response target must be at least 1 and at most %1 (%2).</source>
        <translation>首次响应时限必须至少为 1，最多为 %1（%2）。</translation>
    </message>
    <message>
        <source>The resolution target must be at least 1 and at most %1 (%2).</source>
        <translation>解决时限必须至少为 1，最多为 %1（%2）。</translation>
    </message>
    <message>
        <source>The first response (%1) would be due after the resolution (%2); a complaint must be answered before it is resolved.</source>
        <translation>首次响应期限（%1）将晚于解决期限（%2）；投诉必须先响应再解决。</translation>
    </message>
</context>
<context>
    <name>StaffDialogs</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Protecting the password (this takes a moment)…</source>
        <translation>正在加密保护密码（请稍候）…</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::StaffPage</name>
    <message>
        <source>Add account…</source>
        <translation>添加账号……</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码……</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色……</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <source>%1 can now log in with the new password.</source>
        <translation>%1 现在可以用新密码登录。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>Remove %1? Their key slot is deleted at once: they can no longer open the store. Their past actions stay in the audit log.</source>
        <translation>删除 %1？其密钥槽将立即删除，之后无法再打开数据库。其历史操作仍保留在审计日志中。</translation>
    </message>
    <message>
        <source>Rotate the data key</source>
        <translation>更换数据密钥</translation>
    </message>
    <message>
        <source>%1&apos;s account is removed. Backups and other copies of the store made before still hold %1&apos;s key slot, and until the store is re-encrypted under a new data key, such a copy with %1&apos;s password opens the current store too.

Rotate the data key now? It takes about %2 for this store; this console closes the store meanwhile, and every other console must close it first. Choose No to do it later: the console reminds you until it is done.</source>
        <translation>%1 的账号已删除。此前制作的备份和其他数据库副本仍保留 %1 的密钥槽；在用新的数据密钥重新加密数据库之前，用这样的副本加上 %1 的密码也能打开当前数据库。

现在更换数据密钥吗？此数据库需要%2；其间本控制台会关闭数据库，其他所有控制台必须先关闭它。选择“否”可稍后再做：完成之前，控制台会一直提醒您。</translation>
    </message>
    <message>
        <source>Refund limit…</source>
        <translation>退款限额……</translation>
    </message>
    <message>
        <source>Default refund limit…</source>
        <translation>默认退款限额……</translation>
    </message>
    <message>
        <source>Refund limit of %1</source>
        <translation>%1 的退款限额</translation>
    </message>
    <message>
        <source>Up to this amount %1 approves their own refund requests; above it a manager or an administrator does.</source>
        <translation>在此金额以内，%1 可自行批准自己提交的退款申请；超出则需由经理或管理员批准。</translation>
    </message>
    <message>
        <source>Default refund limit</source>
        <translation>默认退款限额</translation>
    </message>
    <message>
        <source>The refund limit new staff accounts start with (each account&apos;s own limit is changed with Refund limit…).</source>
        <translation>新员工账号的初始退款限额（各账号自己的限额可通过“退款限额……”修改）。</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>No such staff account.</source>
        <translation>员工账号不存在。</translation>
    </message>
    <message>
        <source>The store must keep at least one administrator.</source>
        <translation>数据库至少要保留一位管理员。</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>The user name %1 is taken (user names are never reused).</source>
        <translation>用户名 %1 已被使用（用户名不可重复使用）。</translation>
    </message>
    <message>
        <source>The account %1 is removed.</source>
        <translation>账号 %1 已删除。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>不能删除自己的账号。</translation>
    </message>
    <message>
        <source>The account %1 is already removed.</source>
        <translation>账号 %1 已经删除。</translation>
    </message>
    <message>
        <source>No new password was given.</source>
        <translation>未提供新密码。</translation>
    </message>
    <message>
        <source>Your password was changed meanwhile (by an administrator?). Log in again.</source>
        <translation>您的密码已在此期间被更改（可能是管理员所为）。请重新登录。</translation>
    </message>
    <message>
        <source>A refund limit lies between %1 and %2.</source>
        <translation>退款限额须在 %1 到 %2 之间。</translation>
    </message>
</context>
<context>
    <name>StagedStore</name>
    <message>
        <source>cannot write %1 to the disk</source>
        <translation>无法将 %1 写入磁盘</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::StatTile</name>
    <message>
        <source>%1 —</source>
        <translation>%1 —</translation>
    </message>
    <message>
        <source>%1 %2%3 %</source>
        <translation>%1 %2%3%</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>较上期</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>较去年同期</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Your role may not view statistics.</source>
        <translation>您的角色无权查看统计。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::StatsPage</name>
    <message>
        <source>≥ 7 days</source>
        <translation>≥ 7 天</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue (completed)</source>
        <translation>营业额（已完成）</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成服务</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>取消订单数</translation>
    </message>
    <message>
        <source>Refunds paid</source>
        <translation>已支付退款</translation>
    </message>
    <message>
        <source>Creation → assignment, median</source>
        <translation>创建 → 派单，中位数</translation>
    </message>
    <message>
        <source>Creation → assignment, 90th percentile</source>
        <translation>创建 → 派单，第 90 百分位</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>接单率</translation>
    </message>
    <message>
        <source>Accept timeouts</source>
        <translation>接单超时</translation>
    </message>
    <message>
        <source>Auto-dispatched share</source>
        <translation>自动派单占比</translation>
    </message>
    <message>
        <source>On-time arrival</source>
        <translation>准时到达率</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Complaints per 100 orders</source>
        <translation>每百单投诉数</translation>
    </message>
    <message>
        <source>Upheld complaints per 100 orders</source>
        <translation>每百单投诉成立数</translation>
    </message>
    <message>
        <source>Complaints closed within SLA</source>
        <translation>SLA 时限内结案的投诉</translation>
    </message>
    <message>
        <source>Funnel: reached completion</source>
        <translation>漏斗：完成服务</translation>
    </message>
    <message>
        <source>Active providers per day</source>
        <translation>每日在岗服务人员</translation>
    </message>
    <message>
        <source>Working-hours utilisation</source>
        <translation>工作时间利用率</translation>
    </message>
    <message>
        <source>All districts and services: a provider works across them</source>
        <translation>全部区域和服务：服务人员跨区域、跨服务工作</translation>
    </message>
    <message>
        <source>Orders by service category</source>
        <translation>按服务类目统计订单</translation>
    </message>
    <message>
        <source>Revenue (yuan) by service category</source>
        <translation>按服务类目统计营业额（元）</translation>
    </message>
    <message>
        <source>Cancellations and refunds</source>
        <translation>取消与退款</translation>
    </message>
    <message>
        <source>Order funnel</source>
        <translation>订单漏斗</translation>
    </message>
    <message>
        <source>Orders by district</source>
        <translation>按区域统计订单</translation>
    </message>
    <message>
        <source>Providers by average rating in the period</source>
        <translation>按期间平均评分排列的服务人员</translation>
    </message>
    <message>
        <source>Active providers per day (average)</source>
        <translation>每日在岗服务人员（平均）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Orders in period</source>
        <translation>期间订单数</translation>
    </message>
    <message>
        <source>Upheld complaints</source>
        <translation>投诉成立数</translation>
    </message>
    <message>
        <source>Best and worst providers in the period: by average rating (at least %1 ratings) and by upheld complaints per 100 orders (at least %2 orders). Click a provider for the orders behind the row.</source>
        <translation>期间内表现最好和最差的服务人员：按平均评分（至少 %1 条评价）和每百单投诉成立数（至少 %2 单）排列。点击服务人员可查看该行对应的订单。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>时间范围的结束早于开始。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Active providers</source>
        <translation>在岗服务人员</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Best rated %1</source>
        <translation>评分最高 %1</translation>
    </message>
    <message>
        <source>Worst rated %1</source>
        <translation>评分最低 %1</translation>
    </message>
    <message>
        <source>Fewest upheld complaints %1</source>
        <translation>投诉成立最少 %1</translation>
    </message>
    <message>
        <source>Most upheld complaints %1</source>
        <translation>投诉成立最多 %1</translation>
    </message>
    <message>
        <source>Average rating %1, %2 to %3</source>
        <translation>平均评分 %1，%2 至 %3</translation>
    </message>
    <message>
        <source>Active on %1</source>
        <translation>%1 有接单</translation>
    </message>
    <message>
        <source>Open the upheld complaints about the period&apos;s orders</source>
        <translation>打开本期订单中投诉成立的投诉</translation>
    </message>
    <message>
        <source>Open the complaints about the period&apos;s orders</source>
        <translation>打开本期订单的投诉</translation>
    </message>
    <message>
        <source>Upheld, about orders of %1</source>
        <translation>投诉成立，涉及 %1 的订单</translation>
    </message>
    <message>
        <source>About orders of %1</source>
        <translation>涉及 %1 的订单</translation>
    </message>
    <message>
        <source>Orders refunded</source>
        <translation>退款订单</translation>
    </message>
</context>
<context>
    <name>StatsReports</name>
    <message>
        <source>Daily operations</source>
        <translation>每日运营</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成服务</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Refunds paid</source>
        <translation>已支付退款</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>On-time arrival</source>
        <translation>准时到达率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Orders per day</source>
        <translation>每日订单</translation>
    </message>
    <message>
        <source>Dispatch performance</source>
        <translation>派单表现</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Auto share</source>
        <translation>自动派单占比</translation>
    </message>
    <message>
        <source>Median minutes to assignment</source>
        <translation>派单耗时中位数（分钟）</translation>
    </message>
    <message>
        <source>90th percentile minutes</source>
        <translation>第 90 百分位（分钟）</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>接单率</translation>
    </message>
    <message>
        <source>Accept timeouts</source>
        <translation>接单超时</translation>
    </message>
    <message>
        <source>Minutes from creation to assignment</source>
        <translation>从创建到派单的分钟数</translation>
    </message>
    <message>
        <source>Revenue by district and category</source>
        <translation>按区域和类目统计营业额</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>服务类目</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净营业额</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>无区域</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>无类目</translation>
    </message>
    <message>
        <source>Provider performance</source>
        <translation>服务人员表现</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Upheld complaints</source>
        <translation>投诉成立数</translation>
    </message>
    <message>
        <source>Upheld per 100 orders</source>
        <translation>每百单投诉成立数</translation>
    </message>
    <message>
        <source>Revenue by district, stacked by service category</source>
        <translation>各区域营业额（按服务类别堆叠）</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>cannot write the header</source>
        <translation>无法写入文件头</translation>
    </message>
    <message>
        <source>schema %1, this console knows %2</source>
        <translation>结构版本 %1，本控制台支持到 %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>cannot read the header</source>
        <translation>无法读取文件头</translation>
    </message>
    <message>
        <source>cannot move the backup into place</source>
        <translation>无法将备份移动到目标位置</translation>
    </message>
    <message>
        <source>The store file does not exist.</source>
        <translation>数据库文件不存在。</translation>
    </message>
    <message>
        <source>A file already exists at that path; it was left untouched.</source>
        <translation>该路径已有文件，未做任何改动。</translation>
    </message>
    <message>
        <source>This file is not a Doorstep store.</source>
        <translation>该文件不是 Doorstep 数据库。</translation>
    </message>
    <message>
        <source>The store file is truncated: part of it is missing. Restore it from a backup.</source>
        <translation>数据库文件不完整：部分内容缺失。请从备份恢复。</translation>
    </message>
    <message>
        <source>The store&apos;s key-slot header is damaged, so no account can unlock it. Restore it from a backup.</source>
        <translation>数据库的密钥槽文件头已损坏，任何账号都无法解锁。请从备份恢复。</translation>
    </message>
    <message>
        <source>There is no account with that user name in this store.</source>
        <translation>此数据库中没有该用户名的账号。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>The store is damaged or has been tampered with: its pages fail authentication. Restore it from a backup.</source>
        <translation>数据库已损坏或被篡改：页面校验失败。请从备份恢复。</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Doorstep; update the console.</source>
        <translation>此数据库由更新版本的 Doorstep 写入，请升级控制台。</translation>
    </message>
    <message>
        <source>The store is locked by another program; try again in a moment.</source>
        <translation>数据库被其他程序锁定，请稍后再试。</translation>
    </message>
    <message>
        <source>The store has no room for another staff account.</source>
        <translation>数据库无法再添加员工账号。</translation>
    </message>
    <message>
        <source>The store could not be read or written.</source>
        <translation>无法读写数据库。</translation>
    </message>
    <message>
        <source>header format %1</source>
        <translation>文件头格式 %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>cannot lock the store file</source>
        <translation>无法锁定数据库文件</translation>
    </message>
    <message>
        <source>it is open in another console or command; close it there first</source>
        <translation>它正在另一台控制台或命令中打开；请先在那里关闭</translation>
    </message>
    <message>
        <source>cannot keep %1</source>
        <translation>无法保留 %1</translation>
    </message>
    <message>
        <source>cannot sync %1</source>
        <translation>无法同步写入 %1</translation>
    </message>
    <message>
        <source>the committed key slots are unreadable</source>
        <translation>已提交的密钥槽无法读取</translation>
    </message>
    <message>
        <source>cannot write the key slots</source>
        <translation>无法写入密钥槽</translation>
    </message>
    <message>
        <source>the slots of %1 can only be rewrapped with their passwords</source>
        <translation>%1 的密钥槽只能用其密码重新封装</translation>
    </message>
    <message>
        <source>the store could not leave WAL mode</source>
        <translation>数据库无法退出 WAL 模式</translation>
    </message>
    <message>
        <source>cannot write the copy&apos;s header</source>
        <translation>无法写入副本的文件头</translation>
    </message>
    <message>
        <source>cannot write the copy to the disk</source>
        <translation>无法将副本写入磁盘</translation>
    </message>
    <message>
        <source>Cancelled; the store was left as it was.</source>
        <translation>已取消；数据库保持原样。</translation>
    </message>
    <message>
        <source>The store file was replaced (re-encrypted or restored) while it was being opened; open it again.</source>
        <translation>数据库文件在打开期间被替换（已重新加密或已恢复）；请重新打开。</translation>
    </message>
    <message>
        <source>Rollup %1 differs from the orders: %2 rows missing or wrong, %3 rows extra or wrong</source>
        <translation>汇总表 %1 与订单不一致：%2 行缺失或错误，%3 行多余或错误</translation>
    </message>
</context>
<context>
    <name>StoreLedger</name>
    <message>
        <source>This console is not enrolled with a sync server yet.</source>
        <translation>本控制台尚未注册到同步服务器。</translation>
    </message>
    <message>
        <source>The server answered for mutation %1, which was not sent.</source>
        <translation>服务器返回了变更 %1 的结果，但该变更并未发送。</translation>
    </message>
    <message>
        <source>The server refused the booking: %1</source>
        <translation>服务器拒绝了该预约：%1</translation>
    </message>
    <message>
        <source>Another office changed %1 later; its value was kept.</source>
        <translation>另一门店之后修改了 %1；已保留其值。</translation>
    </message>
    <message>
        <source>Office %1 changed %2 later; its value replaced this office&apos;s.</source>
        <translation>门店 %1 之后修改了 %2；其值已替换本门店的值。</translation>
    </message>
    <message>
        <source>The server did not take this row of the office&apos;s data at enrollment.</source>
        <translation>注册时服务器未接收本门店数据中的这一行。</translation>
    </message>
</context>
<context>
    <name>StoreRestore</name>
    <message>
        <source>The backup and the store are the same file.</source>
        <translation>备份和数据库是同一个文件。</translation>
    </message>
    <message>
        <source>cannot move the restored store into place; the old store is kept as %1</source>
        <translation>无法将恢复的数据库移到位；旧数据库保留为 %1</translation>
    </message>
    <message>
        <source>cannot move the restored store into place</source>
        <translation>无法将恢复的数据库移到位</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::SyncDialog</name>
    <message>
        <source>Enroll this console with the office&apos;s server</source>
        <translation>将本控制台注册到门店的服务器</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>AB:CD:… (printed by doorstep-server init)</source>
        <translation>AB:CD:…（由 doorstep-server init 输出）</translation>
    </message>
    <message>
        <source>One-time code from doorstep-server offices add</source>
        <translation>由 doorstep-server offices add 生成的一次性注册码</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>CA fingerprint (SHA-256):</source>
        <translation>CA 指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>Enrollment code:</source>
        <translation>注册码：</translation>
    </message>
    <message>
        <source>Last rounds:</source>
        <translation>最近几轮：</translation>
    </message>
    <message>
        <source>Sync conflicts: changes the server refused. Nothing is dropped silently: a refused booking is taken back here and its order returns to its queue.</source>
        <translation>同步冲突：服务器拒绝的变更。不会悄悄丢弃任何数据：被拒绝的预约会在此收回，其订单回到原队列。</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>Sending this office&apos;s data as the first snapshot…</source>
        <translation>正在将本门店数据作为首次快照发送…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)…</source>
        <translation>
            <numerusform>已发送 %n 条变更…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s)…</source>
        <translation>
            <numerusform>已接收 %n 条变更…</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>已同步：%1</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
        <translation>正在检查服务器证书…</translation>
    </message>
    <message>
        <source>Office %1, server %2</source>
        <translation>门店 %1，服务器 %2</translation>
    </message>
    <message>
        <source>Not enrolled: this console works offline and keeps its changes for sync.</source>
        <translation>未注册：本控制台离线工作，并保留变更以待同步。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent, %1.</source>
        <translation>
            <numerusform>%n 条变更待发送，%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unseen conflict(s)</source>
        <translation>
            <numerusform>%n 个未查看的冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>上次同步：%1。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>%1: sent %2, applied %3, refused %4, received %5</source>
        <translation>%1：发送 %2，应用 %3，拒绝 %4，接收 %5</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>标记为已查看</translation>
    </message>
</context>
<context>
    <name>SyncRound</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server answered a push without any result.</source>
        <translation>服务器对推送未返回任何结果。</translation>
    </message>
    <message>
        <source>The server says there is more to pull but sends nothing new.</source>
        <translation>服务器表示还有更多数据待拉取，但未发送任何新内容。</translation>
    </message>
    <message>
        <source>The server speaks sync protocol %1; this console speaks %2.</source>
        <translation>服务器使用同步协议 %1；本控制台使用 %2。</translation>
    </message>
</context>
<context>
    <name>SyncWire</name>
    <message>
        <source>The server&apos;s reply lacks &quot;%1&quot; or has the wrong type.</source>
        <translation>服务器的回复缺少“%1”或类型错误。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::TileSettingsDialog</name>
    <message>
        <source>Tiles are in GCJ-02 (高德, 腾讯 and other Chinese maps)</source>
        <translation>瓦片使用 GCJ-02 坐标（高德、腾讯等国内地图）</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>地图瓦片</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>An XYZ tile address with {z}, {x} and {y} (and {s} for a subdomain). Leave it empty for no tiles: the map then draws the districts on a plain ground. Check the tile provider&apos;s terms of use.</source>
        <translation>XYZ 瓦片地址，含 {z}、{x} 和 {y}（子域名用 {s}）。留空则不使用瓦片：地图在空白底图上显示各区域。请遵守瓦片提供方的使用条款。</translation>
    </message>
    <message>
        <source>Tile address</source>
        <translation>瓦片地址</translation>
    </message>
    <message>
        <source>Subdomains</source>
        <translation>子域名</translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation>磁盘缓存</translation>
    </message>
</context>
<context>
    <name>TileSource</name>
    <message>
        <source>The tile address must start with http:// or https://.</source>
        <translation>瓦片地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The tile address has no %1.</source>
        <translation>瓦片地址中缺少 %1。</translation>
    </message>
    <message>
        <source>The tile address has {s} but no subdomains are given.</source>
        <translation>瓦片地址含 {s}，但没有填写子域名。</translation>
    </message>
</context>
<context>
    <name>doorstep::ui::UnlockDialog</name>
    <message>
        <source>Doorstep — Locked</source>
        <translation>Doorstep —— 已锁定</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>The console is locked. %1 (%2), enter your password to continue.</source>
        <translation>控制台已锁定。%1（%2），请输入密码继续。</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在校验密码…</translation>
    </message>
    <message>
        <source>The password is wrong, or your account was changed by an administrator.</source>
        <translation>密码错误，或您的账号已被管理员更改。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A user name has 3 to 32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名为 3 到 32 个字符：小写字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 is not a valid mainland China mobile number.</source>
        <translation>%1 不是有效的中国大陆手机号。</translation>
    </message>
</context>
<context>
    <name>WorkerLedger</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The account %1 has a key but no staff record.</source>
        <translation>账号 %1 有密钥但没有员工记录。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ApplicationsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>等待（天）</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ComplaintsModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ContinuousDispatch</name>
    <message numerus="yes">
        <source>Auto-dispatch assigned %n new order(s).</source>
        <translation>
            <numerusform>自动派单已派出 %n 个新订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer waiting for dispatch.</source>
        <translation>已不再待派单。</translation>
    </message>
    <message>
        <source>Planned again: it came back to the queue.</source>
        <translation>已重新规划：订单回到了待派单队列。</translation>
    </message>
    <message>
        <source>There is no proposal for this order.</source>
        <translation>该订单没有派单建议。</translation>
    </message>
    <message>
        <source>Auto-dispatch proposal accepted.</source>
        <translation>已接受自动派单建议。</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ContinuousDispatchModel</name>
    <message>
        <source>Proposed</source>
        <translation>已建议</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未派出</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Dispatched meanwhile</source>
        <translation>期间已被派单</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>预约时段</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ExpiringCredentialsModel</name>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>服务人员状态</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::OrdersModel</name>
    <message numerus="yes">
        <source>Not dispatched %n minute(s) before the window</source>
        <translation><numerusform>距预约时段不足 %n 分钟仍未派单</numerusform></translation>
    </message>
    <message>
        <source>Not started on time (planned %1)</source>
        <translation>未按时开始（计划 %1）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>预约时段</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ProvidersModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入驻日期</translation>
    </message>
    <message numerus="yes">
        <source>%n open deactivation flag(s) awaiting a decision</source>
        <translation><numerusform>%n 个停用标记待决定</numerusform></translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::ScheduleModel</name>
    <message>
        <source>Booked by office %1</source>
        <translation>已被门店 %1 预约</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n min travel</source>
        <translation><numerusform>%1 · 路程 %n 分钟</numerusform></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Fit for the order</source>
        <translation>与订单的匹配</translation>
    </message>
    <message>
        <source>Nothing to drop here.</source>
        <translation>此处无法放置。</translation>
    </message>
    <message>
        <source>%1 has no free time in this order&apos;s window.</source>
        <translation>%1 在该订单的时间段内没有空闲。</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::StaffModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Refund limit</source>
        <translation>退款限额</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::SyncConflictsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>服务器返回的信息</translation>
    </message>
    <message>
        <source>Other booking</source>
        <translation>冲突预约</translation>
    </message>
    <message>
        <source>Taken back here</source>
        <translation>已在此收回</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>Provider already booked</source>
        <translation>服务人员已有预约</translation>
    </message>
    <message>
        <source>Yes: back in its queue</source>
        <translation>是：已回到队列</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未查看</translation>
    </message>
</context>
<context>
    <name>doorstep::sync::SyncClient</name>
    <message>
        <source>sent %1, applied %2, refused %3, received %4</source>
        <translation>发送 %1，应用 %2，拒绝 %3，接收 %4</translation>
    </message>
    <message numerus="yes">
        <source>Enrolled as %1 (%2); %n row(s) sent as the first snapshot.</source>
        <translation><numerusform>已注册为 %1（%2）；已发送 %n 行作为首次快照。</numerusform></translation>
    </message>
</context>
<context>
    <name>doorstep::ui::ProviderDetailPane</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
</TS>
