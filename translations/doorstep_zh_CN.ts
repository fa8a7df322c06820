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
        <source>That provider is not active for this service.</source>
        <translation>该服务人员不能承接此项服务。</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation>评分为 1 到 5 星。</translation>
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
    <name>doorstep::ui::OrdersPage</name>
    <message>
        <source>Order number (DS…), customer name or phone digits</source>
        <translation>订单号（DS…）、客户姓名或手机号数字</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>状态时间线</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <source>Edit the service catalogue</source>
        <translation>编辑服务目录</translation>
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
        <source>View the audit log</source>
        <translation>查看审计日志</translation>
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
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Auto-lock is between 0 (never) and 240 minutes.</source>
        <translation>自动锁定时间应在 0（从不）到 240 分钟之间。</translation>
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
        <source>cannot write the key slots</source>
        <translation>无法写入密钥槽</translation>
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
        <source>cannot write the backup header</source>
        <translation>无法写入备份文件头</translation>
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
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
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
        <translation>区</translation>
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
        <translation>注册日期</translation>
    </message>
</context>
<context>
    <name>doorstep::itemmodels::OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
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
        <translation>区</translation>
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
        <translation>金额</translation>
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
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
</context>
</TS>
