<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="90" />
        <source>Select an order that has a cancellation case to print its form.</source>
        <translation>请选择一笔已有撤销申请的挂单来打印申请表。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111" />
        <source>Application form %1</source>
        <translation>申请表 %1</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117" />
        <source>Form printed: %1</source>
        <translation>申请表已打印/保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="155" />
        <source>Print a batch of forms</source>
        <translation>批量打印申请表</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="166" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="167" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="170" />
        <source>Also forms still awaiting approval, rejected or closed</source>
        <translation>也包括待审批、已驳回或已关闭的申请</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="200" />
        <source>No application form was submitted from %1 to %2.</source>
        <translation>%1 至 %2 没有已提交的申请表。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="202" />
        <source>No approved or completed application from %1 to %2.</source>
        <translation>%1 至 %2 没有已批准或已完成的申请。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="225" />
        <source>Forms %1 – %2</source>
        <translation>申请表 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="259" />
        <source>Terminal journal: %1 sale(s); %2 without a store order, now suspended orders.</source>
        <translation>终端流水 %1 笔；其中 %2 笔无收银记录，已建为挂单。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="281" />
        <source>Close the terminal's batch</source>
        <translation>终端结算</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="282" />
        <source>Settle the terminal's batch now? Every suspended order on it becomes settled and can then only be refunded, no longer voided.</source>
        <translation>现在对终端结算吗？结算后该批次的挂单都将变为已清算，只能退货，不能再撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="303" />
        <source>Batch closed; %1 order(s) are now settled.</source>
        <translation>终端已结算；%1 笔挂单已标记为已清算。</translation>
    </message>
</context>
<context>
    <name>AddOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="166" />
        <source>Add a suspended order</source>
        <translation>新增挂单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="169" />
        <source>Copy the order from the till and the terminal's slip. The same rules as an import apply; a full card number is masked before it is saved.</source>
        <translation>按收银系统和终端凭条填写。校验规则与导入相同；完整卡号在保存前即被掩码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="174" />
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="175" />
        <source>Time of sale</source>
        <translation>交易时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="176" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="177" />
        <source>Type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="178" />
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="179" />
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="180" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="181" />
        <source>Place</source>
        <translation>交易地点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="182" />
        <source>Merchant no.</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="183" />
        <source>Terminal no.</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="184" />
        <source>Trace no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="185" />
        <source>Reference no.</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="186" />
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="187" />
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="188" />
        <source>Operation no.</source>
        <translation>操作号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="193" />
        <source>The till's order number</source>
        <translation>收银系统的订单号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="196" />
        <source>622848******1234 or the full number</source>
        <translation>622848******1234 或完整卡号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="197" />
        <location filename="../../ui/dialogs/add_order_dialog.py" line="199" />
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="198" />
        <source>12 digits</source>
        <translation>12 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="200" />
        <source>6 letters or digits</source>
        <translation>6 位字母或数字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="212" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="216" />
        <source>Batch already settled</source>
        <translation>批次已清算</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="217" />
        <source>Success notice already sent</source>
        <translation>已发送成功通知</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="218" />
        <source>Save order</source>
        <translation>保存挂单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="219" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="102" />
        <source>Submit application</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="86" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="88" />
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="89" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="104" />
        <source>Send the form to a shift lead; the form and its evidence then lock</source>
        <translation>提交给值班主管审批；提交后申请表和证明材料锁定</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="106" />
        <source>Shift lead approval…</source>
        <translation>主管审批……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="108" />
        <source>A shift lead approves or rejects here with their own PIN (%1)</source>
        <translation>值班主管在此用本人 PIN 批准或驳回（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="123" />
        <source>Ready to submit for approval.</source>
        <translation>可以提交审批了。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="126" />
        <source>Check the application below, then press Submit application. After submitting, the form and its evidence can no longer change.</source>
        <translation>请核对下方的申请内容，然后按“提交申请”。提交后，申请表和证明材料将不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="131" />
        <source>Waiting for a shift lead's approval…</source>
        <translation>等待值班主管审批……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="134" />
        <source>Waiting %1 since submission. The lead may approve here or at any counter; this window notices by itself. You may also save and close, and come back later.</source>
        <translation>自提交起已等待 %1。主管可在本机或任一收银台审批，本窗口会自动获知结果。您也可以保存并关闭，稍后再来。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="140" />
        <source>The application was rejected and closed.</source>
        <translation>申请已被驳回并关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="145" />
        <source>Closed by %1 on %2: %3</source>
        <translation>%1 于 %2 关闭：%3</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="151" />
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="154" />
        <source>Approved by %1 on %2.</source>
        <translation>%1 于 %2 批准。</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="83" />
        <source>Add evidence</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="85" />
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation>图片或 PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="133" />
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="141" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="141" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="141" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="142" />
        <source>Add files…</source>
        <translation>添加文件……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="144" />
        <source>Photos or scans of the slip, images or PDF (%1)</source>
        <translation>签购单照片或扫描件，图片或 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="148" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="149" />
        <source>Only possible before the application is submitted</source>
        <translation>仅在提交申请前可以移除</translation>
    </message>
</context>
<context>
    <name>AuditAlert</name>
    <message>
        <location filename="../../ui/audit_alert.py" line="20" />
        <source>The audit trail does not hold. Tell a shift lead at once.</source>
        <translation>审计链校验未通过。请立即通知值班主管。</translation>
    </message>
    <message>
        <location filename="../../ui/audit_alert.py" line="25" />
        <source>Audit trail</source>
        <translation>审计链</translation>
    </message>
</context>
<context>
    <name>CaseReview</name>
    <message>
        <location filename="../../ui/wizard/review.py" line="82" />
        <source>The application</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="83" />
        <source>Contact with the buyer</source>
        <translation>与买家沟通</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="84" />
        <source>Evidence files</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="85" />
        <source>Shift lead's decision</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="86" />
        <source>The order's timeline</source>
        <translation>处理时间线</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="88" />
        <source>Case no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="89" />
        <source>Route</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="90" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="91" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="92" />
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="93" />
        <source>Reason on the form</source>
        <translation>申请原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="94" />
        <source>Contacted by</source>
        <translation>沟通方式</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="95" />
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="96" />
        <source>Explanation given</source>
        <translation>已向顾客说明</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="97" />
        <source>Issuing bank</source>
        <translation>发卡行</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="98" />
        <source>Customer's consent</source>
        <translation>顾客意见</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="99" />
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="100" />
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="101" />
        <source>Comment</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="102" />
        <source>Decided at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="104" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="139" />
        <source>Not contacted</source>
        <translation>未联系</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="142" />
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="145" />
        <source>The customer agreed</source>
        <translation>顾客同意</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="147" />
        <source>No agreement recorded</source>
        <translation>未记录顾客同意</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="152" />
        <source>Not recorded yet</source>
        <translation>尚未记录</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="168" />
        <source>No evidence files attached.</source>
        <translation>未附证据文件。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="173" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="173" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="190" />
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <location filename="../../ui/case_summary.py" line="93" />
        <source>This order was finished without a cancellation case.</source>
        <translation>此挂单没有撤销申请记录即已结束。</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="107" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="113" />
        <location filename="../../ui/case_summary.py" line="114" />
        <source>Finished case</source>
        <translation>已处理的案件</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="117" />
        <source>Finished case · No. %1 · %2</source>
        <translation>已处理的案件 · 单号 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="124" />
        <source>Case %1</source>
        <translation>申请编号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="125" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="128" />
        <source>Route: %1</source>
        <translation>处理方式：%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="136" />
        <source>Void done</source>
        <translation>撤销成功</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="136" />
        <source>Refund done</source>
        <translation>退货成功</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="139" />
        <source>The application was rejected and the case closed.</source>
        <translation>申请已被驳回，案件已关闭。</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="252" />
        <source>— choose the reason —</source>
        <translation>—— 请选择原因 ——</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="260" />
        <source>Channel</source>
        <translation>沟通方式</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="261" />
        <source>Customer name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="262" />
        <location filename="../../ui/wizard/step_contact.py" line="296" />
        <source>Customer phone</source>
        <translation>顾客电话</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="263" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="264" />
        <source>Reason (other)</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="265" />
        <source>Explanation given</source>
        <translation>已向顾客说明</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="266" />
        <source>Guidance for next time</source>
        <translation>下次支付指引</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="267" />
        <source>Bank hotline</source>
        <translation>发卡行热线</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="268" />
        <source>Bank reference</source>
        <translation>发卡行受理编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="272" />
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="273" />
        <source>What happened, in a few words</source>
        <translation>简述发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="274" />
        <source>The issuing bank was contacted</source>
        <translation>已联系发卡行</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="277" />
        <source>The bank's application form is always printed in Chinese. What you type here (explanation, guidance, reason) is printed exactly as typed: write it in Chinese for the bank. The suggested texts are in Chinese for that reason.</source>
        <translation>银行的申请表始终以中文打印。此处填写的内容（说明、指引、原因）将按原样打印：请用中文填写。建议文字因此为中文。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="296" />
        <source>Customer phone *</source>
        <translation>顾客电话 *</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="300" />
        <source>Saved: %1 (leave blank to keep)</source>
        <translation>已保存：%1（留空则保持不变）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="304" />
        <source>Required when reached by phone; mobile or landline</source>
        <translation>电话沟通时必填；手机或座机</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="307" />
        <source>Optional; mobile or landline</source>
        <translation>选填；手机或座机</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="162" />
        <source>The amount must be in yuan, like 128.00.</source>
        <translation>金额须以元为单位，例如 128.00。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="188" />
        <source>Correct order %1</source>
        <translation>更正挂单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="191" />
        <source>Escalation note: %1</source>
        <translation>升级说明：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="193" />
        <source>After saving, the cashier verifies the order again (step 1).</source>
        <translation>保存后，收银员需重新核对挂单信息（第 1 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="195" />
        <source>What the correction is based on, e.g. the slip</source>
        <translation>更正依据，如：按签购单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="196" />
        <source>Confirm with your own PIN</source>
        <translation>输入您本人的 PIN 确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="198" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="199" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="200" />
        <source>Type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="201" />
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="202" />
        <source>Place</source>
        <translation>交易地点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="203" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="204" />
        <source>Reference no.</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="205" />
        <source>Trace no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="206" />
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="207" />
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="208" />
        <source>Operation no.</source>
        <translation>操作号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="209" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="210" />
        <source>Settled</source>
        <translation>已清算</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="211" />
        <source>Success notified</source>
        <translation>已发成功通知</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="212" />
        <source>Note (required)</source>
        <translation>备注（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="213" />
        <source>Your PIN</source>
        <translation>本人 PIN</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="97" />
        <source>year-month-day, like 2026-12-03</source>
        <translation>年-月-日，例如 2026-12-03</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="98" />
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="99" />
        <source>Pick the day from a calendar</source>
        <translation>从日历中选择日期</translation>
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
        <location filename="../../ui/detail_pane.py" line="47" />
        <source>Payment channel</source>
        <translation>支付渠道</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="50" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="57" />
        <source>Provider's trade no.</source>
        <translation>渠道交易号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="60" />
        <source>Merchant no.</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="61" />
        <source>Terminal no.</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="62" />
        <source>Trace no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="63" />
        <source>Reference no.</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="64" />
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="65" />
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="66" />
        <source>Operation no.</source>
        <translation>操作号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="67" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="68" />
        <source>Settled</source>
        <translation>已清算</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="70" />
        <source>Success notified</source>
        <translation>已发成功通知</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="73" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="74" />
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="75" />
        <source>Refunded</source>
        <translation>已退金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="77" />
        <source>Still refundable</source>
        <translation>可退余额</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="81" />
        <source>Fee class</source>
        <translation>商户类别</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="84" />
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="85" />
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="86" />
        <source>Case</source>
        <translation>申请单</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="88" />
        <source>Step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="180" />
        <source>Order %1</source>
        <translation>挂单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="180" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="183" />
        <source>View the finished case (F2)</source>
        <translation>查看已处理案件 (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="192" />
        <source>Nothing has happened to this order yet.</source>
        <translation>此挂单尚无处理记录。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="197" />
        <source>Timeline</source>
        <translation>处理时间线</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="199" />
        <source>Select an order to see all its fields, fee and timeline.</source>
        <translation>选择一笔挂单，查看全部字段、手续费和处理时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="185" />
        <source>Start cancellation (F2)</source>
        <translation>开始撤销 (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="53" />
        <source>Till's order no.</source>
        <translation>商户订单号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="202" />
        <source>Open the five-step cancellation wizard for this order (F2)</source>
        <translation>为此挂单打开撤销五步向导 (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="204" />
        <source>Print form (Ctrl+P)</source>
        <translation>打印申请表 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="206" />
        <source>Print the application form of this order's case (Ctrl+P)</source>
        <translation>打印此挂单的撤销申请表 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="208" />
        <source>Correct order data</source>
        <translation>更正挂单信息</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="209" />
        <source>Correct the escalated order's data (shift lead)</source>
        <translation>更正已升级挂单的信息（值班主管）</translation>
    </message>
</context>
<context>
    <name>EmptyResult</name>
    <message>
        <location filename="../../ui/empty_result.py" line="66" />
        <source>No suspended orders yet</source>
        <translation>还没有挂单</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="68" />
        <source>No suspended orders match</source>
        <translation>没有符合条件的挂单</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="71" />
        <source>Active filters: %1</source>
        <translation>当前筛选：%1</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="79" />
        <source>Suspended orders come in from the till's export file, or are added by hand from the slip. Set the terminal up under Admin → Settings.</source>
        <translation>挂单可从收银系统导出的文件导入，或按凭条手工新增。终端在“管理 → 设置”中设置。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="86" />
        <source>Every suspended order has been handled. Voided and refunded orders are under Handled; new orders come in by import (F7).</source>
        <translation>所有挂单都已处理。已撤销和已退货的挂单在“已处理”中；新挂单可通过导入（F7）加入。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="92" />
        <source>Clear the filters to see every order; a search looks through all of them.</source>
        <translation>清除筛选即可看到全部挂单；搜索会查找所有挂单。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="94" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="96" />
        <source>Import a file (F7)</source>
        <translation>导入挂单文件（F7）</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="97" />
        <source>Add an order by hand</source>
        <translation>手工新增挂单</translation>
    </message>
</context>
<context>
    <name>ExecutePage</name>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="194" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="197" />
        <source>Record manual void</source>
        <translation>登记手工撤销</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="198" />
        <source>Record manual refund</source>
        <translation>登记手工退货</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="200" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="204" />
        <source>Cancel at %1</source>
        <translation>向%1撤销</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="206" />
        <source>Refund through %1</source>
        <translation>通过%1退款</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="209" />
        <source>Execute void</source>
        <translation>执行撤销</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="211" />
        <source>Execute refund</source>
        <translation>执行退货</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="227" />
        <source>Tick the box to confirm the amount with the customer first.</source>
        <translation>请先勾选，确认已与顾客核对金额。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="434" />
        <source>%1 s of at most %2 s for the terminal's answer.</source>
        <translation>已用时 %1 秒（终端最长应答时间 %2 秒）。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="440" />
        <source>No answer in time: the app is asking the terminal what became of the command. Nothing is sent twice.</source>
        <translation>终端未在时限内应答：正在向终端查询这笔交易的结果，不会重复发送。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="530" />
        <source>I have checked this amount with the customer</source>
        <translation>我已与顾客核对此金额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="531" />
        <source>A lead records the terminal's print-out</source>
        <translation>主管按终端打印记录登记结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="533" />
        <source>Stop waiting (the order stays blocked, nothing is sent again)</source>
        <translation>停止等待（此单保持锁定，不会重复发送）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="536" />
        <source>The terminal cannot be reached: key the void on it by hand</source>
        <translation>终端无法连接：改为在终端上手工撤销</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="540" />
        <source>Ask %1 again</source>
        <translation>再次向%1查询</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="543" />
        <source>Asks %1 what became of the request under its own number; nothing is sent again</source>
        <translation>按原单号向%1查询这笔请求的结果；不会重发</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="547" />
        <source>Check with the terminal</source>
        <translation>核对终端</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="550" />
        <source>Read the terminal's own records about the last command; nothing is sent again</source>
        <translation>读取终端自己的记录，核对上一次指令的结果；不会再次发送任何指令</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="554" />
        <source>Send again under the same number</source>
        <translation>用原单号再次发送</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="556" />
        <source>Send the void again</source>
        <translation>再次发送撤销</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="560" />
        <source>Once, to the same terminal, after it shows the sale is still there: it never voids one sale twice (it answers 04), so the money moves back once</source>
        <translation>只发送一次，且只发给同一台终端，并先确认该交易仍在终端上：终端不会重复撤销同一笔交易（会回 04），款项只会退回一次</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="573" />
        <source>Cancel at %1: %2</source>
        <translation>向%1撤销：%2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="576" />
        <source>Refund through %1: %2</source>
        <translation>通过%1退款：%2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="586" />
        <source>%1 has not said yet what became of the request. Ask %1 again: only its answer counts, and nothing is sent under a new number.</source>
        <translation>%1尚未答复这笔请求的结果。请再次向%1查询：只以它的查询结果为准，绝不会换新单号重发。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="599" />
        <source>You stopped waiting on screen. The terminal still has the command: its answer is recorded as soon as it comes. Until then this order cannot be voided again, so nothing moves twice. You may close the wizard.</source>
        <translation>已停止在屏幕上等待。终端仍在处理这条指令：应答一到即自动登记。在此之前这笔单不能再次撤销，资金不会重复变动。可以关闭向导。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="614" />
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="579" />
        <source>Amount to void: %1</source>
        <translation>撤销金额：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="581" />
        <source>Amount to refund: %1</source>
        <translation>退货金额：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="617" />
        <source>Provider's trade no.: %1 · till's order no. at %2: %3</source>
        <translation>渠道交易号：%1 · %2商户订单号：%3</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="623" />
        <source>Connecting to the terminal</source>
        <translation>连接终端</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="624" />
        <source>Waiting for the terminal (follow its screen)</source>
        <translation>等待终端处理（请按终端屏幕提示操作）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="625" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="628" />
        <source>Asking %1</source>
        <translation>向%1查单</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="629" />
        <source>Waiting for %1's answer</source>
        <translation>等待%1答复</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="632" />
        <source>Outcome unknown: see above</source>
        <translation>结果未知（见上方说明）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="657" />
        <source>Retrying is safe: the app checks with the terminal before sending again.</source>
        <translation>可以放心重试：系统会先向终端核实，不会重复扣退款。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="663" />
        <source>Checking what the terminal can do…</source>
        <translation>正在查询终端支持的功能……</translation>
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
        <location filename="../../ui/dialogs/first_run.py" line="154" />
        <location filename="../../ui/dialogs/first_run.py" line="155" />
        <source>Welcome to guadan</source>
        <translation>欢迎使用挂单撤销</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="156" />
        <source>This database is empty. What would you like to do?</source>
        <translation>数据库还是空的。您想要：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="158" />
        <source>Set up this store — merchant, terminal, first admin and shift lead</source>
        <translation>设置本店 —— 商户、终端、首位管理员和值班主管</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="161" />
        <source>Try the demo — sample store and orders in a separate database</source>
        <translation>试用演示 —— 示例门店和挂单，使用独立的演示数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="166" />
        <source>%1 (%2, PIN %3)</source>
        <translation>%1（%2，PIN %3）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="173" />
        <source>Demo users: %1.</source>
        <translation>演示用户：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="175" />
        <source>Merchant name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="176" />
        <source>Merchant no. (15 digits)</source>
        <translation>商户编号（15 位）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="177" />
        <source>Terminal no. (8 characters)</source>
        <translation>终端号（8 位）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="178" />
        <source>Terminal port</source>
        <translation>终端端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="179" />
        <source>Admin name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="180" />
        <source>Admin PIN (6+ digits)</source>
        <translation>管理员 PIN（至少 6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="181" />
        <source>Shift lead name</source>
        <translation>值班主管姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="182" />
        <source>Shift lead PIN (6+ digits)</source>
        <translation>值班主管 PIN（至少 6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="183" />
        <source>Admin PIN again</source>
        <translation>再次输入管理员 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="184" />
        <source>Shift lead PIN again</source>
        <translation>再次输入值班主管 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="188" />
        <source>Simulated terminal</source>
        <translation>模拟终端</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="189" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="190" />
        <source>Set up the store</source>
        <translation>完成设置</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="223" />
        <source>Merchant name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="224" />
        <source>Merchant no.</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="225" />
        <source>Terminal no.</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="226" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="227" />
        <source>Applicant phone</source>
        <translation>申请人电话</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="228" />
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="229" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="230" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="234" />
        <source>15 digits</source>
        <translation>15 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="235" />
        <source>8 letters or digits</source>
        <translation>8 位字母或数字</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="237" />
        <source>Mobile 13812345678 or landline 010-12345678</source>
        <translation>手机 13812345678 或座机 010-12345678</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="239" />
        <source>Evidence (images or PDF, at most 10 MB each)</source>
        <translation>证明材料（图片或 PDF，每个不超过 10 MB）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="247" />
        <source>A void is always the full amount</source>
        <translation>撤销只能是原交易全额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="254" />
        <source>Returned for changes by %1 on %2: %3</source>
        <translation>%1 于 %2 退回修改：%3</translation>
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <location filename="../../ui/wizard/preview.py" line="168" />
        <source>No preview: the PDF viewer (PySide6-Pdf) is not installed.</source>
        <translation>无法预览：未安装 PDF 查看组件（PySide6-Pdf）。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="169" />
        <source>No preview: the form printer is not installed yet.</source>
        <translation>无法预览：申请表打印模块尚未安装。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="170" />
        <source>The preview could not be made. The form itself is not affected.</source>
        <translation>预览生成失败，申请表本身不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="171" />
        <location filename="../../ui/wizard/preview.py" line="172" />
        <source>Preparing the preview…</source>
        <translation>正在生成预览……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="176" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="176" />
        <source>The page's width fills the preview</source>
        <translation>页面宽度铺满预览区</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="177" />
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="177" />
        <source>The form at its printed size</source>
        <translation>按打印尺寸显示</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="178" />
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="179" />
        <source>Larger</source>
        <translation>放大</translation>
    </message>
</context>
<context>
    <name>GuadanStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="121" />
        <source>%1 (%2)</source>
        <comment>user name (role)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="126" />
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="134" />
        <source>Simulated terminal</source>
        <translation>模拟终端</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="100" />
        <location filename="../../ui/status_bar.py" line="136" />
        <source>checking…</source>
        <translation>检测中…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="81" />
        <source>%1 waiting to sync</source>
        <translation>待同步 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="84" />
        <source>synced %1</source>
        <translation>同步于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="102" />
        <source>online</source>
        <translation>联机</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="107" />
        <source>offline since %1</source>
        <translation>脱机（%1 起）</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="138" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="140" />
        <source>not reachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="142" />
        <source>Terminal: %1 %2</source>
        <translation>终端：%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="145" />
        <source>opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="147" />
        <source>shared server</source>
        <translation>共享服务器</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="151" />
        <source>this PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="152" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="158" />
        <source>Offline: own cases go on; no approvals</source>
        <translation>本台申请可续办，不能审批</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="160" />
        <source>Offline: go on with this counter's cases (steps 1–3, step 5 if approved) and print; no approvals, no other counter's case</source>
        <translation>脱机：可继续本台申请（步骤1–3，已批准的步骤5）和打印；不能审批或处理他台申请</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="165" />
        <source>Offline: typing kept, saved once online; no approvals, no other counter's case</source>
        <translation>脱机：输入保留，联机后保存；不能审批或处理他台申请</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="171" />
        <source>Training mode</source>
        <translation>培训模式</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="109" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="109" />
        <source>Order files (*.csv *.json)</source>
        <translation>挂单文件 (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="127" />
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="145" />
        <source>Imported %1 orders.</source>
        <translation>已导入 %1 笔挂单。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="152" />
        <source>Nothing was imported: %1 problem(s) in the file. Fix them and import again.</source>
        <translation>未导入任何挂单：文件中有 %1 处问题。请修改后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="170" />
        <source>Import orders</source>
        <translation>导入挂单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="173" />
        <source>Choose a CSV or JSON file exported by the store POS. Every row is checked first: if any row is wrong, nothing is imported.</source>
        <translation>请选择收银系统导出的 CSV 或 JSON 文件。每一行都会先检查：只要有一行有误，就不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="177" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="179" />
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="180" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="182" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="182" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="182" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="74" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="75" />
        <source>The window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="77" />
        <source>Enter the PIN of %1 to unlock.</source>
        <translation>请输入 %1 的 PIN 码解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="79" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="80" />
        <source>Another user: sign in as someone else</source>
        <translation>另一位用户：换人登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="82" />
        <source>Open wizards are saved and closed, then anyone can sign in (Shift+F12)</source>
        <translation>保存并关闭打开的向导，然后可由任何人登录（Shift+F12）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382" />
        <source>Search: “%1”</source>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472" />
        <source>%1 orders</source>
        <translation>共 %1 笔</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472" />
        <source>1 order</source>
        <translation>共 1 笔</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547" />
        <source>%1 new suspended order(s) arrived</source>
        <translation>新挂单提醒：新增 %1 笔挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="639" />
        <source>Checked %1 unfinished terminal command(s) with the terminal.</source>
        <translation>已与终端核对 %1 笔未完成的终端操作。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642" />
        <source>%1 still unknown: the terminal did not answer.</source>
        <translation>其中 %1 笔结果仍未知：终端没有应答。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="662" />
        <source>Select a suspended order first.</source>
        <translation>请先选择一笔挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="669" />
        <source>Not available yet</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670" />
        <source>The cancellation wizard is not available yet.</source>
        <translation>撤销向导暂不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707" />
        <source>Select an application awaiting approval first.</source>
        <translation>请先选择一笔待审批的申请</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="710" />
        <source>This order has no application awaiting approval.</source>
        <translation>这笔挂单没有待审批的申请</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="806" />
        <source>Suspended</source>
        <translation>挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="807" />
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="808" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="809" />
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="810" />
        <location filename="../../ui/main_window.py" line="861" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="830" />
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="832" />
        <source>Training mode</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="847" />
        <source>Training mode — practice data, simulated terminal, no real money moves</source>
        <translation>培训模式 —— 练习数据、模拟终端，不会发生真实资金变动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="850" />
        <source>Demo — sample data in its own database</source>
        <translation>演示 —— 示例数据，独立数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="856" />
        <source>Every order not finished yet, also those awaiting approval or escalated</source>
        <translation>所有尚未处理完的挂单，包括待审批和已升级的</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="860" />
        <source>Voided, refunded and closed orders</source>
        <translation>已撤销、已退货和已关闭的挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="858" />
        <source>Applications waiting for a shift lead's approval</source>
        <translation>等待值班主管审批的申请</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="859" />
        <source>Orders escalated because their data is wrong</source>
        <translation>因信息有误而升级的挂单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865" />
        <source>Order no. / card last 4 / amount</source>
        <translation>单号 / 卡号后四位 / 金额</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="867" />
        <source>Search by order number, card last four digits or amount (%1)</source>
        <translation>按单号、卡号后四位或金额搜索（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="872" />
        <source>Approve / reject (F4)</source>
        <translation>审批（F4）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="874" />
        <source>Open the selected application at step 4 to approve or reject it</source>
        <translation>在第 4 步打开所选申请，批准或驳回</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="17" />
        <source>Start cancellation</source>
        <translation>开始撤销</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="18" />
        <source>Approve or reject…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="19" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="20" />
        <source>Print application form</source>
        <translation>打印申请表</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="21" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="22" />
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="23" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="24" />
        <source>Add a suspended order…</source>
        <translation>新增挂单…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="25" />
        <source>Import orders…</source>
        <translation>导入挂单…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="26" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="27" />
        <source>Users…</source>
        <translation>用户…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="28" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="29" />
        <source>Print a batch of forms…</source>
        <translation>批量打印申请表…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="30" />
        <source>Shift handover…</source>
        <translation>交接班…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="31" />
        <source>Operation log…</source>
        <translation>操作日志…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32" />
        <source>Check the terminal's journal</source>
        <translation>核对终端流水</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="33" />
        <source>Close the terminal's batch (settle)…</source>
        <translation>终端结算…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="34" />
        <source>Keyboard shortcuts…</source>
        <translation>快捷键…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="47" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="48" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="53" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49" />
        <source>&amp;Case</source>
        <translation>撤销(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="50" />
        <source>&amp;Lead</source>
        <translation>主管(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="51" />
        <source>&amp;Terminal</source>
        <translation>终端(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52" />
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ManualRefundView</name>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="99" />
        <source>Photo or scan of the slip</source>
        <translation>凭条的照片或扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="101" />
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation>图片或 PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="163" />
        <source>Start the manual path (before keying on the terminal)</source>
        <translation>开始手工操作（在终端上操作之前点击）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="168" />
        <source>Auth code (6)</source>
        <translation>授权码（6 位）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="170" />
        <source>Trace no. (6 digits)</source>
        <translation>凭证号（6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="188" />
        <source>The terminal cannot be reached. Key the void by hand on the terminal, then record what its slip says; it is checked against the terminal's journal once the terminal answers again.</source>
        <translation>终端无法连接。请在终端上手工撤销，然后登记凭条上的信息；终端恢复连接后，会与终端流水核对。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="194" />
        <source>This terminal cannot refund without the card. Do the refund by hand on the terminal, then record what its slip says.</source>
        <translation>此终端不支持无卡退货。请按以下步骤在终端上手工退货，然后登记凭条上的信息。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="164" />
        <source>On the terminal</source>
        <translation>在终端上操作</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="165" />
        <source>From the terminal's slip</source>
        <translation>凭条信息</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="167" />
        <source>Reference no. (12 digits)</source>
        <translation>参考号（12 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="169" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="171" />
        <source>Photo of the slip</source>
        <translation>凭条照片</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="172" />
        <source>Confirming lead</source>
        <translation>确认主管</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="173" />
        <source>Lead's PIN</source>
        <translation>主管 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="177" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="179" />
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="78" />
        <source>Escalate to a shift lead</source>
        <translation>升级给值班主管</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="81" />
        <source>Say which field is wrong or missing, and what the slip or the customer says instead. The case waits until a lead corrects the data.</source>
        <translation>请写明哪一项有误或缺失，以及签购单或顾客给出的正确信息。申请将等待主管更正数据。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="85" />
        <source>Note for the lead</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="86" />
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="88" />
        <source>Withdraw the case</source>
        <translation>撤回撤销申请</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="91" />
        <source>The case is closed without moving any money and the order is open again. Say why (for example: the customer did not agree).</source>
        <translation>本申请将关闭，不发生任何资金变动，挂单恢复为待处理。请说明原因（例如：顾客不同意撤销）。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="95" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="96" />
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>OperationLogDialog</name>
    <message>
        <location filename="../../ui/oplog_view.py" line="237" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="240" />
        <source>Sign-in and PINs</source>
        <translation>登录与 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="241" />
        <source>Cancellation cases</source>
        <translation>撤销申请</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="242" />
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="267" />
        <location filename="../../ui/oplog_view.py" line="340" />
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="278" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="285" />
        <source>%1 events</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="288" />
        <source>%1 events (%2 loaded; scroll for more)</source>
        <translation>共 %1 条（已加载 %2 条，向下滚动加载更多）</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="300" />
        <source>Checking the audit chain…</source>
        <translation>正在校验审计链……</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="335" />
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="336" />
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="338" />
        <source>Check every event's signature and link, as guadan audit verify does</source>
        <translation>逐条核对每个事件的签名和链接，与 guadan audit verify 相同</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="341" />
        <location filename="../../ui/oplog_view.py" line="360" />
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="342" />
        <location filename="../../ui/oplog_view.py" line="361" />
        <source>Case no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="347" />
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="348" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="349" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="350" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="357" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="358" />
        <source>Event</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="359" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="362" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="365" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../ui/orders_model.py" line="42" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="43" />
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="44" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="45" />
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="46" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="47" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="48" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="49" />
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="89" />
        <source>Enter the shift lead's name.</source>
        <translation>请输入值班主管的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="125" />
        <source>Shift lead's approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="128" />
        <source>A shift lead other than the applicant enters their own name and PIN. Amount: %1. The signed-in user stays signed in.</source>
        <translation>由申请人以外的值班主管输入本人姓名和 PIN。金额：%1。当前登录用户不会改变。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="132" />
        <source>Lead name</source>
        <translation>主管姓名</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="133" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="134" />
        <source>Comment</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="135" />
        <source>Required when rejecting: what must change</source>
        <translation>驳回时必填：需要修改什么</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="136" />
        <source>When rejecting</source>
        <translation>驳回时</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="137" />
        <source>Return for changes (back to step 3)</source>
        <translation>退回修改（回到第 3 步）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="138" />
        <source>Close the application</source>
        <translation>关闭申请</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="139" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="140" />
        <source>Approve (Enter)</source>
        <translation>批准（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="141" />
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="142" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="143" />
        <source>Close without a decision (Esc)</source>
        <translation>不做决定，关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../ui/print_job.py" line="82" />
        <source>application form</source>
        <translation>撤销申请表</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="83" />
        <source>slip</source>
        <translation>凭条</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="159" />
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="86" />
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="87" />
        <source>%1 page(s)</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="88" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="90" />
        <source>Choose a printer and print (%1)</source>
        <translation>选择打印机并打印（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="94" />
        <source>Save the PDF to a file (%1)</source>
        <translation>将 PDF 保存到文件（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="92" />
        <source>Save as PDF…</source>
        <translation>保存为PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="96" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="97" />
        <source>Close the preview (Esc)</source>
        <translation>关闭预览（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="111" />
        <source>Save as PDF</source>
        <translation>保存为PDF</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="115" />
        <source>Not set up: QR orders of this provider go to the manual path.</source>
        <translation>尚未设置：此渠道的扫码挂单只能在商户后台手工处理。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="125" />
        <source>(stored)</source>
        <translation>（已保存）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="131" />
        <source>Private key: in the system keyring of this PC</source>
        <translation>私钥：保存在本机系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="133" />
        <source>Private key: in a key file readable only by this user (no system keyring). Anyone who can log in as this user can read it.</source>
        <translation>私钥：本机没有系统钥匙串，保存在仅本用户可读的密钥文件中。能以此用户登录的人都能读取它。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="136" />
        <source>Private key: not on this PC — choose the key file</source>
        <translation>私钥：本机没有 — 请选择私钥文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="144" />
        <source>Choose the merchant private key</source>
        <translation>选择商户私钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="146" />
        <source>Choose the provider key</source>
        <translation>选择支付宝公钥 / 微信支付平台证书</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="148" />
        <source>Keys and certificates (*.pem *.crt *.cer *.txt *.key)</source>
        <translation>密钥和证书 (*.pem *.crt *.cer *.txt *.key)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="190" />
        <source>Asking the provider…</source>
        <translation>正在询问渠道…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="214" />
        <source>Alipay app_id</source>
        <translation>支付宝应用 ID（app_id）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="216" />
        <source>Merchant no. (mchid)</source>
        <translation>商户号（mchid）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="219" />
        <source>Alipay public key</source>
        <translation>支付宝公钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="221" />
        <source>Platform certificate</source>
        <translation>平台证书 / 微信支付公钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="224" />
        <source>App private key</source>
        <translation>应用私钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="226" />
        <source>Merchant API private key</source>
        <translation>商户 API 私钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="229" />
        <source>AppID</source>
        <translation>AppID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="230" />
        <source>Merchant certificate serial</source>
        <translation>商户证书序列号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="230" />
        <source>Gateway URL</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="231" />
        <source>Platform serial / key ID</source>
        <translation>平台证书序列号 / 公钥 ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="232" />
        <source>Fingerprint (SHA-256)</source>
        <translation>公钥指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="232" />
        <source>Key storage</source>
        <translation>私钥保存位置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="237" />
        <location filename="../../ui/dialogs/qr_settings.py" line="238" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="239" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="240" />
        <source>empty: the provider's live gateway</source>
        <translation>留空：使用正式网关</translation>
    </message>
</context>
<context>
    <name>ProviderQueryBox</name>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="106" />
        <source>Asking the provider…</source>
        <translation>正在询问渠道…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="122" />
        <source>Not asked yet.</source>
        <translation>尚未查单。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="135" />
        <source>{provider}: {state} ({code}) · {amount} · asked {asked}</source>
        <translation>{provider}：{state}（{code}）· {amount} · 查单时间 {asked}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="167" />
        <source>✔ All done: the case is closed on the provider's answer; no money had to move. The signed answer is kept as its evidence.</source>
        <translation>✔ 已处理完毕：本案已按渠道的查单结果结案，无需动款。渠道签名的答复已作为证据保存。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="174" />
        <source>What the QR provider says (查单)</source>
        <translation>渠道查单结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="175" />
        <source>Query the provider again</source>
        <translation>重新查单</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="176" />
        <source>Close the case on this answer</source>
        <translation>按查单结果结案</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="8" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="9" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="10" />
        <source>&amp;File name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="14" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="11" />
        <source>Page &amp;Set:</source>
        <translation>页面范围(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12" />
        <source>Page &amp;order:</source>
        <translation>页序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13" />
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="17" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18" />
        <source>P&amp;roperties</source>
        <translation>属性(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19" />
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20" />
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21" />
        <source>Output &amp;file:</source>
        <translation>输出文件(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>QUnixPrintWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="15" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16" />
        <source>P&amp;roperties</source>
        <translation>属性(&amp;R)</translation>
    </message>
</context>
<context>
    <name>QrSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="291" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="297" />
        <source>QR payment providers</source>
        <translation>扫码支付设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="298" />
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="299" />
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="300" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="301" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="300" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="301" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="302" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="303" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="304" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="305" />
        <location filename="../../ui/reports_view.py" line="608" />
        <source>Export CSV</source>
        <translation>导出CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="306" />
        <location filename="../../ui/reports_view.py" line="635" />
        <source>Print PDF</source>
        <translation>打印PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="308" />
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="309" />
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="310" />
        <source>Cashiers</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="311" />
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="314" />
        <source>Open orders by step</source>
        <translation>未结挂单按步骤（笔）</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="315" />
        <source>Suspended orders per day</source>
        <translation>每日挂单（笔）</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="316" />
        <source>By cause</source>
        <translation>按挂单原因（笔）</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="317" />
        <source>By the buyer's reason</source>
        <translation>按买家沟通原因（件）</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="318" />
        <source>Voids and refunds per cashier</source>
        <translation>各收银员撤销与退货（笔）</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="319" />
        <source>Cases behind the selected flag (double-click to open):</source>
        <translation>所选异常涉及的案件（双击打开挂单）：</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="344" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="368" />
        <source>Could not load the reports: %1</source>
        <translation>报表加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="385" />
        <source>%1 open orders; the oldest has waited %2.</source>
        <translation>未结挂单 %1 笔，最久的已等待 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="414" />
        <source>%1 suspended orders, %2 cases: voided %3, refunded %4, closed %5, open %6; rejected at least once %7, escalated %8. Median time to resolve: %9.</source>
        <translation>挂单 %1 笔，案件 %2 件：已撤销 %3，已退货 %4，已关闭 %5，处理中 %6；曾被驳回 %7，曾升级 %8。从交易到处理完毕的中位时长：%9。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="435" />
        <source>Suspended %1; voided %2, refunded %3 (money moved back).</source>
        <translation>挂单金额 %1；已撤销 %2，已退货 %3（退回的金额）。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="442" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="444" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="455" />
        <source>Store median per cashier: %1 voids and refunds, %2 cases.</source>
        <translation>全店每人中位数：撤销与退货 %1 笔，案件 %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="470" />
        <source>%1 flags over the last %2 days of the range (the anomaly monitor looks at most a month back). Select one to see its cases.</source>
        <translation>所选范围最近 %2 天内共 %1 项异常（异常提醒最多回看一个月）。选中一项可查看涉及的案件。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="475" />
        <source>%1 flags over the %2 days of the range. Select one to see its cases.</source>
        <translation>所选 %2 天内共 %1 项异常。选中一项可查看涉及的案件。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="496" />
        <source>%1: %2 orders, %3; voided %4, refunded %5, given back %6</source>
        <translation>%1 %2 笔 %3，撤销 %4，退款 %5，退回 %6</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="498" />
        <source>%1: %2 orders, %3</source>
        <translation>%1 %2 笔 %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="505" />
        <source>By payment channel:</source>
        <translation>按支付渠道：</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="559" />
        <source>Case no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="560" />
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="445" />
        <location filename="../../ui/reports_view.py" line="561" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="562" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="563" />
        <source>Sold by</source>
        <translation>收款收银员</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="564" />
        <source>Voided/refunded by</source>
        <translation>撤销/退货人</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="565" />
        <source>When</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="566" />
        <source>Route</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="588" />
        <source>Void</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="588" />
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="623" />
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="672" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="111" />
        <source>Photo of the terminal's print-out</source>
        <translation>终端打印记录的照片</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="113" />
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="124" />
        <source>Choose what the terminal's records show.</source>
        <translation>请选择终端记录显示的结果。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="127" />
        <source>Attach a photo of the print-out.</source>
        <translation>请上传终端打印记录的照片。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="136" />
        <source>Enter the amount in yuan, like 128.00</source>
        <translation>请以元为单位填写金额，例如 128.00</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="188" />
        <source>Record what the terminal's records show</source>
        <translation>按终端记录登记结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="191" />
        <source>The terminal cannot tell the app what became of the last command. Print the terminal's last transaction or its journal (see the terminal's menu), read it, and record what it shows. Do not void or refund again on the terminal.</source>
        <translation>终端无法告诉本系统上一次指令的结果。请在终端上打印最后一笔交易或交易流水（见终端菜单），核对后登记所显示的结果。请勿在终端上再次撤销或退货。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="196" />
        <source>The terminal's print-out shows</source>
        <translation>终端打印记录显示</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="199" />
        <source>The sale was voided (the money went back)</source>
        <translation>该交易已撤销（款项已退回）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="201" />
        <source>The refund went through</source>
        <translation>退货已完成</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="203" />
        <source>Nothing was done: the sale still stands</source>
        <translation>未完成任何操作：原交易仍然有效</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="204" />
        <source>Its numbers, if the print-out shows them</source>
        <translation>打印记录上的号码（如有）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="206" />
        <source>Reference no. (12 digits)</source>
        <translation>参考号（12 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="207" />
        <source>Auth code (6)</source>
        <translation>授权码（6 位）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="208" />
        <source>Trace no. (6 digits)</source>
        <translation>凭证号（6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="209" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="210" />
        <source>What you read</source>
        <translation>核对所见</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="211" />
        <source>Photo of the print-out</source>
        <translation>打印记录照片</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="212" />
        <source>Confirming lead</source>
        <translation>确认主管</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="213" />
        <source>Lead's PIN</source>
        <translation>主管 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="217" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="219" />
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="36" />
        <location filename="../../ui/session.py" line="88" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="188" />
        <source>The terminal is working: switch user once it has answered.</source>
        <translation>终端正在处理，请等终端应答后再切换用户。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="206" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="209" />
        <source>Simulated terminal</source>
        <translation>模拟终端</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="211" />
        <source>%1 — terminal on the network</source>
        <translation>%1 — 网络终端</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="242" />
        <source>Asking the terminal…</source>
        <translation>正在询问终端……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="257" />
        <source>The terminal answered (%1). It says it is terminal no. %2.</source>
        <translation>终端已应答：%1，终端号 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="261" />
        <source>The terminal answered (%1). This protocol does not say which terminal it is: make sure it is the one with this counter's terminal number.</source>
        <translation>终端已应答：%1。此协议不报告终端号：请确认接的是本收银台的那台终端。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="266" />
        <source>No answer (%1): %2</source>
        <translation>终端没有应答：%1。%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="324" />
        <source>The approval threshold must be an amount in yuan, like 5000.00.</source>
        <translation>审批金额上限须为以元计的金额，例如 5000.00。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="367" />
        <source>Training mode is starting in a new window.</source>
        <translation>培训模式正在新窗口中启动。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="375" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="376" />
        <source>QR payment providers (Alipay, WeChat Pay)…</source>
        <translation>扫码支付设置（支付宝、微信支付）…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="377" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="378" />
        <source>This counter's card terminal</source>
        <translation>本收银台的刷卡终端</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="379" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="380" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="382" />
        <source>Merchant name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="383" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="384" />
        <source>Lock after idle (minutes)</source>
        <translation>空闲自动锁定（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="385" />
        <source>Slip printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="386" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="387" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="388" />
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="389" />
        <source>Data bits, parity, stop bits</source>
        <translation>数据位、校验、停止位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="390" />
        <source>ACK timeout (ms)</source>
        <translation>ACK 超时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="391" />
        <source>Answer timeout (ms)</source>
        <translation>应答超时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="392" />
        <source>Inter-byte timeout (ms)</source>
        <translation>字节间隔超时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="393" />
        <source>Admin approval above (yuan)</source>
        <translation>超过此金额需管理员审批（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="394" />
        <source>Refund window (days)</source>
        <translation>退货期限（天）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="399" />
        <source>e.g. serial:/dev/ttyS0?baudrate=9600 (empty: none)</source>
        <translation>例如 serial:/dev/ttyS0?baudrate=9600（留空：无）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="402" />
        <source>Start training mode (practice database, simulated terminal)</source>
        <translation>启动培训模式（练习数据库、模拟终端）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="404" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ShiftHandoverBox</name>
    <message>
        <location filename="../../ui/shift_handover.py" line="132" />
        <source>Choose who takes over.</source>
        <translation>请选择接班人。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="184" />
        <source>Handover slip</source>
        <translation>交班单</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="185" />
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="187" />
        <source>Printing is not installed yet.</source>
        <translation>打印模块尚未安装。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="192" />
        <source>This shift's money and the handover</source>
        <translation>本班资金与交接班</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="193" />
        <source>Handing over</source>
        <translation>交班人</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="194" />
        <source>Taking over</source>
        <translation>接班人</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="195" />
        <location filename="../../ui/shift_handover.py" line="196" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="197" />
        <source>Sign the handover</source>
        <translation>签字交班</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="199" />
        <source>Both enter their own PIN; the handover is recorded in the operation log</source>
        <translation>交班人和接班人各自输入本人 PIN；交接记入操作日志</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="201" />
        <source>Print handover slip</source>
        <translation>打印交班单</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="226" />
        <source>Shift from %1 to %2</source>
        <translation>本班：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="231" />
        <source>Carried over to the next shift: %1 case(s) in progress (%2).</source>
        <translation>结转下一班：%1 笔撤销申请仍在处理中（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="237" />
        <source>Handed over by %1 to %2 at %3, both PINs confirmed.</source>
        <translation>%1 已于 %3 交班给 %2，双方 PIN 已确认。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="244" />
        <source>Last handover: %1. This shift began then.</source>
        <translation>上次交接：%1，本班自那时开始。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="48" />
        <source>every window</source>
        <translation>所有窗口</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="49" />
        <source>main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50" />
        <source>cancellation wizard</source>
        <translation>撤销向导</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51" />
        <source>print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64" />
        <source>Start or resume the selected order's case</source>
        <translation>开始或继续处理所选挂单</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="67" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71" />
        <source>Approve or reject (shift lead)</source>
        <translation>审批：批准或驳回（值班主管）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="76" />
        <source>Import orders from a file</source>
        <translation>从文件导入挂单</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="81" />
        <source>Print the application form</source>
        <translation>打印申请表</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="84" />
        <source>Print the slip</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="85" />
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="86" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="87" />
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="88" />
        <source>Save as PDF</source>
        <translation>保存为PDF</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="92" />
        <source>Print a batch of forms</source>
        <translation>批量打印申请表</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="98" />
        <source>Check the terminal's journal</source>
        <translation>核对终端流水</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="104" />
        <source>Settle the terminal's batch</source>
        <translation>终端批次结算</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="107" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="108" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="109" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="111" />
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="113" />
        <source>Save and close, or close</source>
        <translation>保存并关闭 / 关闭</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115" />
        <source>Escalate to a shift lead</source>
        <translation>升级给值班主管</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="116" />
        <source>Withdraw the case</source>
        <translation>撤回撤销申请</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="117" />
        <source>Add evidence files</source>
        <translation>添加附件</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="43" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="45" />
        <source>Each key means the same everywhere in guadan. F-keys for the common actions.</source>
        <translation>每个快捷键在 guadan 的任何窗口里含义都相同；常用操作使用 F 键。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="47" />
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="47" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="47" />
        <source>Where</source>
        <translation>适用于</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="90" />
        <location filename="../../ui/dialogs/signin.py" line="132" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="127" />
        <source>Enter your name and PIN.</source>
        <translation>请输入姓名和 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="151" />
        <location filename="../../ui/dialogs/signin.py" line="165" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="153" />
        <location filename="../../ui/dialogs/signin.py" line="159" />
        <source>Training mode</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="155" />
        <location filename="../../ui/dialogs/signin.py" line="161" />
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="157" />
        <source>guadan — suspended orders</source>
        <translation>挂单撤销</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="163" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="164" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="167" />
        <source>Quit guadan</source>
        <translation>退出 guadan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="167" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="170" />
        <source>Switch user: sign in</source>
        <translation>切换用户：请登录</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/main.py" line="180" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="238" />
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
        <translation>确认挂单信息</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="12" />
        <source>Contact the buyer</source>
        <translation>与买家沟通</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="13" />
        <source>Fill in the form</source>
        <translation>填写申请表</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="14" />
        <source>Submit and wait</source>
        <translation>提交并等待审批</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="15" />
        <source>Execute and archive</source>
        <translation>执行撤销并归档</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../ui/wizard/summary.py" line="95" />
        <source>Save the application form</source>
        <translation>保存申请表</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="97" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="109" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="142" />
        <source>The slip was printed.</source>
        <translation>凭条已打印。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="164" />
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="168" />
        <source>Printing is not installed yet.</source>
        <translation>打印模块尚未安装。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="176" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="177" />
        <location filename="../../ui/wizard/summary.py" line="251" />
        <source>Response code</source>
        <translation>应答码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="178" />
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="179" />
        <source>Operation / trace no.</source>
        <translation>操作号 / 凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="180" />
        <source>Reference no.</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="181" />
        <source>Fee effect</source>
        <translation>手续费影响</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="182" />
        <source>Executed at</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="186" />
        <location filename="../../ui/wizard/summary.py" line="261" />
        <source>The terminal's answer</source>
        <translation>终端返回结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="187" />
        <source>Print form</source>
        <translation>打印申请表</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="189" />
        <source>Print the application form (%1)</source>
        <translation>打印申请表（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="193" />
        <source>Save the application form as PDF (%1)</source>
        <translation>将申请表另存为 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="199" />
        <source>Print the slip for the customer (%1)</source>
        <translation>为顾客打印凭条（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="213" />
        <source>Cancelled at the provider</source>
        <translation>撤销完成</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="215" />
        <source>Refunded through the provider</source>
        <translation>退款完成</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="217" />
        <source>All done</source>
        <translation>已处理完毕</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="222" />
        <source>Void recorded by hand</source>
        <translation>已手工登记撤销</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="222" />
        <source>Refund recorded by hand</source>
        <translation>已手工登记退货</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="244" />
        <source>Provider's answer</source>
        <translation>渠道答复</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="245" />
        <source>Provider's trade no.</source>
        <translation>渠道交易号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="248" />
        <source>Recorded by hand, confirmed by %1</source>
        <translation>手工登记，由%1确认</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="249" />
        <source>How recorded</source>
        <translation>登记方式</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="255" />
        <source>Recorded by hand</source>
        <translation>手工登记结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="258" />
        <source>%1's answer</source>
        <translation>%1的答复</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="247" />
        <location filename="../../ui/wizard/summary.py" line="263" />
        <source>a shift lead</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="266" />
        <source>confirmed by %1.</source>
        <translation>由%1确认。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="270" />
        <source>Recorded by hand from the terminal's slip, confirmed by %1.</source>
        <translation>已按终端凭条手工登记，由%1确认。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="191" />
        <source>Save PDF</source>
        <translation>保存PDF</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="197" />
        <source>Print slip</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="219" />
        <source>Void done</source>
        <translation>撤销成功</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="219" />
        <source>Refund done</source>
        <translation>退货成功</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="227" />
        <source>%1 of fees comes back to the store</source>
        <translation>退回商户手续费 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="229" />
        <source>%1 — the fee is not returned</source>
        <translation>%1 —— 手续费不退回</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="278" />
        <source>%1's own query confirms it: %2. The provider's trade no. %3. All done: the case is archived and its evidence is locked.</source>
        <translation>%1的查询结果确认：%2。渠道交易号 %3。已处理完毕：本案已归档，证据已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="284" />
        <source>The case is archived and its evidence is locked.</source>
        <translation>申请已归档，证明材料已锁定。</translation>
    </message>
</context>
<context>
    <name>UserBar</name>
    <message>
        <location filename="../../ui/user_bar.py" line="41" />
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/user_bar.py" line="45" />
        <source>%1 (%2)</source>
        <comment>user name (role)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/user_bar.py" line="50" />
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../ui/user_bar.py" line="52" />
        <source>Save open work and let another user sign in (%1)</source>
        <translation>保存打开的工作，换另一位用户登录（%1）</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="178" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="178" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="180" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="205" />
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="205" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="216" />
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="246" />
        <source>%1 enabled.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="246" />
        <source>%1 disabled.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="262" />
        <source>PIN of %1 reset.</source>
        <translation>已重置 %1 的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="268" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="269" />
        <source>Selected user</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="270" />
        <source>Add a user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="272" />
        <location filename="../../ui/dialogs/users_dialog.py" line="277" />
        <location filename="../../ui/dialogs/users_dialog.py" line="282" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="272" />
        <location filename="../../ui/dialogs/users_dialog.py" line="283" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="272" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="272" />
        <location filename="../../ui/dialogs/users_dialog.py" line="284" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="274" />
        <source>Reset PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="275" />
        <source>New PIN (6+ digits)</source>
        <translation>新 PIN（至少 6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="276" />
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="278" />
        <source>PIN (6+ digits)</source>
        <translation>PIN（至少 6 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="279" />
        <source>The same PIN again</source>
        <translation>再次输入同一 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="280" />
        <source>Optional: printed on the forms they file</source>
        <translation>选填：打印在其提交的申请表上</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="285" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="286" />
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="117" />
        <source>Check each item against the slip and with the customer, and tick it. If anything does not match, escalate to a shift lead.</source>
        <translation>请对照签购单并与顾客逐项核对，核对无误后勾选。如有不符，请升级给值班主管处理。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="121" />
        <source>Confirm each item</source>
        <translation>逐项核对</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="122" />
        <source>Other details of the order</source>
        <translation>挂单其他信息</translation>
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
        <translation>参考号</translation>
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
        <source>Suspension cause</source>
        <translation>挂单原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="147" />
        <source>Sale time</source>
        <translation>交易时间</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="151" />
        <source>Sale funding</source>
        <translation>交易资金</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="131" />
        <source>Settled / notified</source>
        <translation>已清算 / 已通知成功</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="136" />
        <source>Escalate…</source>
        <translation>升级处理……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="138" />
        <source>A field is wrong or missing: send the case to a shift lead (Ctrl+E)</source>
        <translation>有信息错误或缺失：转交值班主管处理（Ctrl+E）</translation>
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
        <location filename="../../ui/wizard/step_verify.py" line="155" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="174" />
        <source>Escalated: this case waits until a shift lead corrects the order's data. It then comes back to this step. Note: %1</source>
        <translation>已升级：等待值班主管更正挂单数据，更正后回到本步骤重新核对。说明：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="186" />
        <source>Route: %1 — %2</source>
        <translation>处理方式：%1 —— %2</translation>
    </message>
</context>
<context>
    <name>WizardDialog</name>
    <message>
        <location filename="../../ui/wizard/common.py" line="197" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="509" />
        <source>Wait until the terminal has answered.</source>
        <translation>请等待终端返回结果。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="536" />
        <source>Not saved: fix the marked fields, or press Esc again to close without saving.</source>
        <translation>未保存：请修改标红的项目，或再按一次 Esc 不保存直接关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="592" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="596" />
        <source>Saving…</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="602" />
        <source>Withdraw…</source>
        <translation>撤回申请……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="604" />
        <source>Close the case without moving money; the order stays suspended (Ctrl+W)</source>
        <translation>不动用资金，关闭本申请，挂单恢复为待处理（Ctrl+W）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="606" />
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="608" />
        <source>Save this step and close; resume later on any counter (Esc)</source>
        <translation>保存本步并关闭，稍后可在任一收银台继续（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="610" />
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="612" />
        <source>The previous step, until the application is submitted (Alt+Left)</source>
        <translation>返回上一步，提交申请前可用（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="614" />
        <source>Save this step and go on (Enter)</source>
        <translation>保存本步并继续（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="621" />
        <location filename="../../ui/wizard/dialog.py" line="622" />
        <source>Cancel suspended order</source>
        <translation>撤销挂单</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="624" />
        <source>Opening the case…</source>
        <translation>正在打开撤销申请……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="629" />
        <source>Cancel suspended order · No. %1 · %2</source>
        <translation>撤销挂单 · 单号 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="635" />
        <source>Case %1</source>
        <translation>申请编号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="637" />
        <source>Route: %1</source>
        <translation>处理方式：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="639" />
        <source>[Training]</source>
        <translation>【培训】</translation>
    </message>
</context>
</TS>