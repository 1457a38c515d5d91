<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="59" />
        <source>Select an order that has a cancellation case to print its form.</source>
        <translation>请选择一笔已有撤销申请的挂单来打印申请表。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66" />
        <source>Not available yet</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66" />
        <source>Printing forms is not available yet.</source>
        <translation>打印申请表功能暂不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76" />
        <source>Form saved: %1</source>
        <translation>申请表已保存：%1</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="81" />
        <source>Submit application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="90" />
        <source>The application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="92" />
        <source>Case no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="93" />
        <source>Route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="94" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="95" />
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="96" />
        <source>Evidence files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="100" />
        <source>Shift lead approval…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="102" />
        <source>A shift lead approves or rejects here with their own PIN (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="124" />
        <source>Ready to submit for approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="126" />
        <source>After submitting, the form and its evidence can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="129" />
        <source>Waiting for a shift lead's approval…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="133" />
        <source>Waiting %1 s. The lead may approve here or at any counter; this window notices by itself. You may also save and close, and come back later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="138" />
        <source>The application was rejected and closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="143" />
        <source>Closed by %1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="149" />
        <source>Approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="152" />
        <source>Approved by %1 on %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="77" />
        <source>Add evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="79" />
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="140" />
        <source>The file could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="148" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="148" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="148" />
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="149" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="150" />
        <source>Photos or scans of the slip, images or PDF (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="151" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="152" />
        <source>Only possible before the application is submitted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="230" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="231" />
        <source>Customer name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="232" />
        <source>Customer phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="233" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="234" />
        <source>Reason (other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="235" />
        <source>Explanation given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="236" />
        <source>Guidance for next time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="237" />
        <source>Bank hotline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="238" />
        <source>Bank reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="242" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="243" />
        <source>What happened, in a few words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="244" />
        <source>The issuing bank was contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="245" />
        <source>The customer agrees to cancel this payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="258" />
        <source>Saved: %1 (leave blank to keep)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="261" />
        <source>Optional; mobile or landline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="140" />
        <source>The amount must be in yuan, like 128.00.</source>
        <translation>金额须以元为单位，例如 128.00。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="158" />
        <source>Correct order %1</source>
        <translation>更正挂单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="161" />
        <source>Escalation note: %1</source>
        <translation>升级说明：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="163" />
        <source>After saving, the cashier verifies the order again (step 1).</source>
        <translation>保存后，收银员需重新核对挂单信息（第 1 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="166" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="167" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="168" />
        <source>Type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="169" />
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="170" />
        <source>Place</source>
        <translation>交易地点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="171" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="172" />
        <source>Reference no.</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="173" />
        <source>Trace no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="174" />
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="175" />
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="176" />
        <source>Operation no.</source>
        <translation>操作号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="177" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="178" />
        <source>Settled</source>
        <translation>已清算</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="179" />
        <source>Success notified</source>
        <translation>已发成功通知</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="180" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="31" />
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="33" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="36" />
        <source>Place</source>
        <translation>交易地点</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="37" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="39" />
        <source>Type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="43" />
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="46" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="47" />
        <source>Merchant no.</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="48" />
        <source>Terminal no.</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="49" />
        <source>Trace no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="50" />
        <source>Reference no.</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="51" />
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="52" />
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="53" />
        <source>Operation no.</source>
        <translation>操作号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="54" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="55" />
        <source>Settled</source>
        <translation>已清算</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="57" />
        <source>Success notified</source>
        <translation>已发成功通知</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="60" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="61" />
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="62" />
        <source>Refunded</source>
        <translation>已退金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="64" />
        <source>Fee class</source>
        <translation>商户类别</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="67" />
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="68" />
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="69" />
        <source>Case</source>
        <translation>申请单</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="71" />
        <source>Step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="156" />
        <source>Order %1</source>
        <translation>挂单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="156" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="164" />
        <source>Nothing has happened to this order yet.</source>
        <translation>此挂单尚无处理记录。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="169" />
        <source>Timeline</source>
        <translation>处理时间线</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="170" />
        <source>Select an order to see all its fields, fee and timeline.</source>
        <translation>选择一笔挂单，查看全部字段、手续费和处理时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="171" />
        <source>Start cancellation (F2)</source>
        <translation>开始撤销 (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="173" />
        <source>Open the five-step cancellation wizard for this order (F2)</source>
        <translation>为此挂单打开撤销五步向导 (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="175" />
        <source>Print form (Ctrl+P)</source>
        <translation>打印申请表 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="176" />
        <source>Print the application form of this order's case (Ctrl+P)</source>
        <translation>打印此挂单的撤销申请表 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="177" />
        <source>Correct order data</source>
        <translation>更正挂单信息</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="178" />
        <source>Correct the escalated order's data (shift lead)</source>
        <translation>更正已升级挂单的信息（值班主管）</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="243" />
        <source>Escalate to a shift lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="246" />
        <source>Say which field is wrong or missing, and what the slip or the customer says instead. The case waits until a lead corrects the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="250" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="252" />
        <source>Escalate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="253" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filters.py" line="78" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="79" />
        <source>All causes</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="80" />
        <source>All funding</source>
        <translation>全部资金</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="83" />
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="86" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="87" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="88" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="89" />
        <source>Date range…</source>
        <translation>日期范围…</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="92" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="93" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="94" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="95" />
        <source>Funding</source>
        <translation>资金</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="125" />
        <location filename="../../ui/dialogs/first_run.py" line="126" />
        <source>Welcome to guadan</source>
        <translation>欢迎使用挂单撤销</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="127" />
        <source>This database is empty. What would you like to do?</source>
        <translation>数据库还是空的。您想要：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="129" />
        <source>Set up this store — merchant, terminal, first admin and shift lead</source>
        <translation>设置本店 —— 商户、终端、首位管理员和值班主管</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="132" />
        <source>Try the demo — sample store and orders in a separate database</source>
        <translation>试用演示 —— 示例门店和挂单，使用独立的演示数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="136" />
        <source>Demo users: 张三 (cashier, PIN 111111), 李四 (shift lead, 222222), 王芳 (admin, 333333).</source>
        <translation>演示用户：张三（收银员，PIN 111111）、李四（值班主管，222222）、王芳（管理员，333333）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="140" />
        <source>Merchant name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="141" />
        <source>Merchant no. (15 digits)</source>
        <translation>商户编号（15 位）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="142" />
        <source>Terminal no. (8 characters)</source>
        <translation>终端号（8 位）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="143" />
        <source>Terminal port</source>
        <translation>终端端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="144" />
        <source>Admin name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="145" />
        <source>Admin PIN (6+ digits)</source>
        <translation>管理员 PIN（至少 6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="146" />
        <source>Shift lead name</source>
        <translation>值班主管姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="147" />
        <source>Shift lead PIN (6+ digits)</source>
        <translation>值班主管 PIN（至少 6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="151" />
        <source>Simulated terminal</source>
        <translation>模拟终端</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="152" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="153" />
        <source>Set up the store</source>
        <translation>完成设置</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="146" />
        <source>Enter the amount in yuan, like 128.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="186" />
        <source>Merchant name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="187" />
        <source>Merchant no.</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="188" />
        <source>Terminal no.</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="189" />
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="190" />
        <source>Applicant phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="191" />
        <source>Application date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="192" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="193" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="197" />
        <source>15 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="198" />
        <source>8 letters or digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="200" />
        <source>Mobile 13812345678 or landline 010-12345678</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="202" />
        <source>Evidence (images or PDF, at most 10 MB each)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="210" />
        <source>A void is always the full amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="217" />
        <source>Returned for changes by %1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <location filename="../../ui/wizard/preview.py" line="122" />
        <source>No preview: the PDF viewer (PySide6-Pdf) is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="123" />
        <source>No preview: the form printer is not installed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="124" />
        <source>The preview could not be made. The form itself is not affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="125" />
        <location filename="../../ui/wizard/preview.py" line="126" />
        <source>Preparing the preview…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuadanStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="53" />
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="55" />
        <source>Simulated terminal</source>
        <translation>模拟终端</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="57" />
        <source>checking…</source>
        <translation>检测中…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="59" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="61" />
        <source>not reachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="63" />
        <source>Terminal: %1 %2</source>
        <translation>终端：%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="66" />
        <source>opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="68" />
        <source>shared server</source>
        <translation>共享服务器</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="70" />
        <source>this PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="71" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="72" />
        <source>Training mode</source>
        <translation>培训模式</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="77" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="77" />
        <source>Order files (*.csv *.json)</source>
        <translation>挂单文件 (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="95" />
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="112" />
        <source>Imported %1 orders.</source>
        <translation>已导入 %1 笔挂单。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="119" />
        <source>Nothing was imported: %1 problem(s) in the file. Fix them and import again.</source>
        <translation>未导入任何挂单：文件中有 %1 处问题。请修改后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="132" />
        <source>Import orders</source>
        <translation>导入挂单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="135" />
        <source>Choose a CSV or JSON file exported by the store POS. Every row is checked first: if any row is wrong, nothing is imported.</source>
        <translation>请选择收银系统导出的 CSV 或 JSON 文件。每一行都会先检查：只要有一行有误，就不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="139" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="141" />
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="142" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="67" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="68" />
        <source>The window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="70" />
        <source>Enter the PIN of %1 to unlock.</source>
        <translation>请输入 %1 的 PIN 码解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="72" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>%1 orders</source>
        <translation>共 %1 笔</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340" />
        <source>%1 new suspended order(s) arrived</source>
        <translation>新挂单提醒：新增 %1 笔挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377" />
        <source>Select an order first.</source>
        <translation>请先选择一笔挂单。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384" />
        <source>Not available yet</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385" />
        <source>The cancellation wizard is not available yet.</source>
        <translation>撤销向导暂不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440" />
        <source>Suspended</source>
        <translation>挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443" />
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444" />
        <location filename="../../ui/main_window.py" line="482" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460" />
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462" />
        <source>Training mode</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470" />
        <source>Training mode — practice data, simulated terminal, no real money moves</source>
        <translation>培训模式 —— 练习数据、模拟终端，不会发生真实资金变动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473" />
        <source>Demo — sample data in its own database</source>
        <translation>演示 —— 示例数据，独立数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478" />
        <source>Suspended orders waiting to be handled</source>
        <translation>等待处理的挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479" />
        <source>Applications waiting for a shift lead's approval</source>
        <translation>等待值班主管审批的申请</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480" />
        <source>Orders escalated because their data is wrong</source>
        <translation>因信息有误而升级的挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481" />
        <source>Voided, refunded, rejected and closed orders</source>
        <translation>已撤销、已退货、已驳回和已关闭的挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="486" />
        <source>Order no. / card last 4 / amount</source>
        <translation>单号 / 卡号后四位 / 金额</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488" />
        <source>Search by order number, card last four digits or amount (Ctrl+F)</source>
        <translation>按单号、卡号后四位或金额搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490" />
        <source>Reports are coming in a later version.</source>
        <translation>报表功能将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493" />
        <source>Start cancellation</source>
        <translation>开始撤销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495" />
        <source>Print application form</source>
        <translation>打印申请表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498" />
        <source>Import orders…</source>
        <translation>导入挂单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500" />
        <source>Users…</source>
        <translation>用户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513" />
        <source>&amp;Case</source>
        <translation>撤销(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514" />
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../ui/orders_model.py" line="38" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="39" />
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="40" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="41" />
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="42" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="43" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="44" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="45" />
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="86" />
        <source>Enter the shift lead's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="128" />
        <source>Shift lead's approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="131" />
        <source>A shift lead other than the applicant enters their own name and PIN. Amount: %1. The signed-in user stays signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="135" />
        <source>Lead name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="136" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="137" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="138" />
        <source>Required when rejecting: what must change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="139" />
        <source>When rejecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="140" />
        <source>Return for changes (back to step 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="141" />
        <source>Close the application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="142" />
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="143" />
        <source>Approve (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="144" />
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="145" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="146" />
        <source>Close without a decision (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="148" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="151" />
        <source>Simulated terminal</source>
        <translation>模拟终端</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="192" />
        <source>The approval threshold must be an amount in yuan, like 5000.00.</source>
        <translation>审批金额上限须为以元计的金额，例如 5000.00。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="225" />
        <source>Training mode is starting in a new window.</source>
        <translation>培训模式正在新窗口中启动。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="228" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="229" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="230" />
        <source>Card terminal</source>
        <translation>刷卡终端</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="231" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="233" />
        <source>Merchant name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="234" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="235" />
        <source>Lock after idle (minutes)</source>
        <translation>空闲自动锁定（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236" />
        <source>Slip printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="238" />
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="239" />
        <source>ACK timeout (ms)</source>
        <translation>ACK 超时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="240" />
        <source>Answer timeout (ms)</source>
        <translation>应答超时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="241" />
        <source>Inter-byte timeout (ms)</source>
        <translation>字节间隔超时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="242" />
        <source>Admin approval above (yuan)</source>
        <translation>超过此金额需管理员审批（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="243" />
        <source>Refund window (days)</source>
        <translation>退货期限（天）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="248" />
        <source>e.g. serial:/dev/ttyS0?baudrate=9600 (empty: none)</source>
        <translation>例如 serial:/dev/ttyS0?baudrate=9600（留空：无）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="251" />
        <source>Start training mode (practice database, simulated terminal)</source>
        <translation>启动培训模式（练习数据库、模拟终端）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="253" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="87" />
        <source>Enter your name and PIN.</source>
        <translation>请输入姓名和 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="106" />
        <location filename="../../ui/dialogs/signin.py" line="115" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="108" />
        <source>Training mode</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="110" />
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="112" />
        <source>guadan — suspended orders</source>
        <translation>挂单撤销</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="113" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="114" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/main.py" line="100" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="129" />
        <source>The database cannot be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <location filename="../../ui/wizard/rail.py" line="11" />
        <source>Verify the order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="12" />
        <source>Contact the buyer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="13" />
        <source>Fill in the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="14" />
        <source>Submit and wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="15" />
        <source>Execute and archive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="136" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="136" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="138" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="162" />
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="162" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="172" />
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="186" />
        <source>%1 enabled.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="186" />
        <source>%1 disabled.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="202" />
        <source>PIN of %1 reset.</source>
        <translation>已重置 %1 的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="208" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="209" />
        <location filename="../../ui/dialogs/users_dialog.py" line="213" />
        <location filename="../../ui/dialogs/users_dialog.py" line="215" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="209" />
        <location filename="../../ui/dialogs/users_dialog.py" line="215" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="209" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="210" />
        <source>Reset PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="211" />
        <source>New PIN (6+ digits)</source>
        <translation>新 PIN（至少 6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="212" />
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="214" />
        <source>PIN (6+ digits)</source>
        <translation>PIN（至少 6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="215" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="117" />
        <source>Check each item against the slip and with the customer, and tick it. If anything does not match, escalate to a shift lead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="121" />
        <source>Confirm each item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="122" />
        <source>Other details of the order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="124" />
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="125" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="126" />
        <source>Trace no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="127" />
        <source>Reference no. (RRN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="128" />
        <source>Operation no.</source>
        <translation>操作号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="129" />
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="130" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="131" />
        <source>Settled / notified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="136" />
        <source>Escalate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="138" />
        <source>A field is wrong or missing: send the case to a shift lead (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="147" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="148" />
        <source>Place</source>
        <translation>交易地点</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="149" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="150" />
        <source>Type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="151" />
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="155" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="174" />
        <source>Escalated: this case waits until a shift lead corrects the order's data. It then comes back to this step. Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="186" />
        <source>Route: %1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WizardDialog</name>
    <message>
        <location filename="../../ui/wizard/common.py" line="145" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>