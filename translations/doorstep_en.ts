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
        <translation type="unfinished">
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
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
        <translation type="unfinished">
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
        <source>That provider is not active for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
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
    <name>doorstep::ui::OrdersPage</name>
    <message>
        <source>Order number (DS…), customer name or phone digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
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
        <source>Edit the service catalogue</source>
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
        <source>View the audit log</source>
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
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Auto-lock is between 0 (never) and 240 minutes.</source>
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
        <source>cannot write the key slots</source>
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
        <source>cannot write the backup header</source>
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
        <source>The password is wrong.</source>
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
    <name>doorstep::itemmodels::OrdersModel</name>
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
</TS>
