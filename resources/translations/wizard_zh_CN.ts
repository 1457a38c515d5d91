<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="81" />
        <source>Submit application</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="90" />
        <source>The application</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="92" />
        <source>Case no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="93" />
        <source>Route</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="94" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="95" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="96" />
        <source>Evidence files</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="100" />
        <source>Shift lead approval…</source>
        <translation>主管审批……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="102" />
        <source>A shift lead approves or rejects here with their own PIN (Ctrl+L)</source>
        <translation>值班主管在此输入自己的 PIN 审批或驳回（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="124" />
        <source>Ready to submit for approval.</source>
        <translation>可以提交审批了。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="126" />
        <source>After submitting, the form and its evidence can no longer change.</source>
        <translation>提交后，申请表和证明材料将不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="129" />
        <source>Waiting for a shift lead's approval…</source>
        <translation>等待值班主管审批……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="133" />
        <source>Waiting %1 s. The lead may approve here or at any counter; this window notices by itself. You may also save and close, and come back later.</source>
        <translation>已等待 %1 秒。主管可在本机或任一收银台审批，本窗口会自动获知结果。您也可以保存并关闭，稍后再来。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="138" />
        <source>The application was rejected and closed.</source>
        <translation>申请已被驳回并关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="143" />
        <source>Closed by %1 on %2: %3</source>
        <translation>%1 于 %2 关闭：%3</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="149" />
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="152" />
        <source>Approved by %1 on %2.</source>
        <translation>%1 于 %2 批准。</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="82" />
        <source>Add evidence</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="84" />
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation>图片或 PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="131" />
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="139" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="139" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="139" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="140" />
        <source>Add files…</source>
        <translation>添加文件……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="141" />
        <source>Photos or scans of the slip, images or PDF (Ctrl+O)</source>
        <translation>签购单的照片或扫描件，图片或 PDF（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="142" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="143" />
        <source>Only possible before the application is submitted</source>
        <translation>仅在提交申请前可以移除</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="230" />
        <source>Channel</source>
        <translation>沟通方式</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="231" />
        <source>Customer name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="232" />
        <source>Customer phone</source>
        <translation>顾客电话</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="233" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="234" />
        <source>Reason (other)</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="235" />
        <source>Explanation given</source>
        <translation>已向顾客说明</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="236" />
        <source>Guidance for next time</source>
        <translation>下次支付指引</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="237" />
        <source>Bank hotline</source>
        <translation>发卡行热线</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="238" />
        <source>Bank reference</source>
        <translation>发卡行受理编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="242" />
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="243" />
        <source>What happened, in a few words</source>
        <translation>简述发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="244" />
        <source>The issuing bank was contacted</source>
        <translation>已联系发卡行</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="245" />
        <source>The customer agrees to cancel this payment</source>
        <translation>顾客同意撤销此笔交易</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="258" />
        <source>Saved: %1 (leave blank to keep)</source>
        <translation>已保存：%1（留空则保持不变）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="261" />
        <source>Optional; mobile or landline</source>
        <translation>选填；手机或座机</translation>
    </message>
</context>
<context>
    <name>ExecutePage</name>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="114" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="116" />
        <source>Record manual refund</source>
        <translation>登记手工退货</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="118" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="120" />
        <source>Execute void</source>
        <translation>执行撤销</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="122" />
        <source>Execute refund</source>
        <translation>执行退货</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="136" />
        <source>Tick the box to confirm the amount with the customer first.</source>
        <translation>请先勾选，确认已与顾客核对金额。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="242" />
        <source>I have checked this amount with the customer</source>
        <translation>我已与顾客核对此金额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="243" />
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="252" />
        <source>Amount to void: %1</source>
        <translation>撤销金额：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="254" />
        <source>Amount to refund: %1</source>
        <translation>退货金额：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="258" />
        <source>Connecting to the terminal</source>
        <translation>连接终端</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="259" />
        <source>Waiting for the terminal (follow its screen)</source>
        <translation>等待终端处理（请按终端屏幕提示操作）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="260" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="278" />
        <source>Retrying is safe: the app checks with the terminal before sending again.</source>
        <translation>可以放心重试：系统会先向终端核实，不会重复扣退款。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="284" />
        <source>Checking what the terminal can do…</source>
        <translation>正在查询终端支持的功能……</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="154" />
        <source>Enter the amount in yuan, like 128.00</source>
        <translation>请以元为单位填写金额，例如 128.00</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="193" />
        <source>Merchant name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="194" />
        <source>Merchant no.</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="195" />
        <source>Terminal no.</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="196" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="197" />
        <source>Applicant phone</source>
        <translation>申请人电话</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="198" />
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="199" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="200" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="204" />
        <source>15 digits</source>
        <translation>15 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="205" />
        <source>8 letters or digits</source>
        <translation>8 位字母或数字</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="207" />
        <source>Mobile 13812345678 or landline 010-12345678</source>
        <translation>手机 13812345678 或座机 010-12345678</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="209" />
        <source>Evidence (images or PDF, at most 10 MB each)</source>
        <translation>证明材料（图片或 PDF，每个不超过 10 MB）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="217" />
        <source>A void is always the full amount</source>
        <translation>撤销只能是原交易全额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="224" />
        <source>Returned for changes by %1 on %2: %3</source>
        <translation>%1 于 %2 退回修改：%3</translation>
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <location filename="../../ui/wizard/preview.py" line="122" />
        <source>No preview: the PDF viewer (PySide6-Pdf) is not installed.</source>
        <translation>无法预览：未安装 PDF 查看组件（PySide6-Pdf）。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="123" />
        <source>No preview: the form printer is not installed yet.</source>
        <translation>无法预览：申请表打印模块尚未安装。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="124" />
        <source>The preview could not be made. The form itself is not affected.</source>
        <translation>预览生成失败，申请表本身不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="125" />
        <location filename="../../ui/wizard/preview.py" line="126" />
        <source>Preparing the preview…</source>
        <translation>正在生成预览……</translation>
    </message>
</context>
<context>
    <name>ManualRefundView</name>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="90" />
        <source>Photo or scan of the slip</source>
        <translation>凭条的照片或扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="92" />
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation>图片或 PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="105" />
        <source>Enter the amount in yuan, like 128.00</source>
        <translation>请以元为单位填写金额，例如 128.00</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="109" />
        <source>Attach a photo or scan of the slip.</source>
        <translation>请上传凭条的照片或扫描件。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="150" />
        <source>This terminal cannot refund without the card. Do the refund by hand on the terminal, then record what its slip says.</source>
        <translation>此终端不支持无卡退货。请按以下步骤在终端上手工退货，然后登记凭条上的信息。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="154" />
        <source>On the terminal</source>
        <translation>在终端上操作</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="155" />
        <source>From the terminal's slip</source>
        <translation>凭条信息</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="157" />
        <source>Reference no. (12 digits)</source>
        <translation>参考号（12 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="158" />
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="159" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="160" />
        <source>Trace no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="161" />
        <source>Photo of the slip</source>
        <translation>凭条照片</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="162" />
        <source>Confirming lead</source>
        <translation>确认主管</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="163" />
        <source>Lead's PIN</source>
        <translation>主管 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="167" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="169" />
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="75" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="77" />
        <source>Escalate to a shift lead</source>
        <translation>升级给值班主管</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="80" />
        <source>Say which field is wrong or missing, and what the slip or the customer says instead. The case waits until a lead corrects the data.</source>
        <translation>请写明哪一项有误或缺失，以及签购单或顾客给出的正确信息。申请将等待主管更正数据。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="84" />
        <source>Note for the lead</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="85" />
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="87" />
        <source>Withdraw the case</source>
        <translation>撤回撤销申请</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="90" />
        <source>The case is closed without moving any money and the order is open again. Say why (for example: the customer did not agree).</source>
        <translation>本申请将关闭，不发生任何资金变动，挂单恢复为待处理。请说明原因（例如：顾客不同意撤销）。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="94" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="95" />
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="87" />
        <source>Enter the shift lead's name.</source>
        <translation>请输入值班主管的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="123" />
        <source>Shift lead's approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="126" />
        <source>A shift lead other than the applicant enters their own name and PIN. Amount: %1. The signed-in user stays signed in.</source>
        <translation>由申请人以外的值班主管输入本人姓名和 PIN。金额：%1。当前登录用户不会改变。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="130" />
        <source>Lead name</source>
        <translation>主管姓名</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="131" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="132" />
        <source>Comment</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="133" />
        <source>Required when rejecting: what must change</source>
        <translation>驳回时必填：需要修改什么</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="134" />
        <source>When rejecting</source>
        <translation>驳回时</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="135" />
        <source>Return for changes (back to step 3)</source>
        <translation>退回修改（回到第 3 步）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="136" />
        <source>Close the application</source>
        <translation>关闭申请</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="137" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="138" />
        <source>Approve (Enter)</source>
        <translation>批准（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="139" />
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="140" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="141" />
        <source>Close without a decision (Esc)</source>
        <translation>不做决定，关闭（Esc）</translation>
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
        <location filename="../../ui/wizard/summary.py" line="94" />
        <source>Save the application form</source>
        <translation>保存申请表</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="94" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="106" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="133" />
        <source>The slip was printed.</source>
        <translation>凭条已打印。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="152" />
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="156" />
        <source>Printing is not installed yet.</source>
        <translation>打印模块尚未安装。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="164" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="165" />
        <source>Response code</source>
        <translation>应答码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="166" />
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="167" />
        <source>Operation / trace no.</source>
        <translation>操作号 / 凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="168" />
        <source>Reference no.</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="169" />
        <source>Fee effect</source>
        <translation>手续费影响</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="170" />
        <source>Executed at</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="174" />
        <source>The terminal's answer</source>
        <translation>终端返回结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="175" />
        <source>Print form</source>
        <translation>打印申请表</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="176" />
        <source>Print the application form (Ctrl+P)</source>
        <translation>打印撤销申请表（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="177" />
        <source>Save PDF</source>
        <translation>保存PDF</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="178" />
        <source>Save the application form as PDF (Ctrl+S)</source>
        <translation>将申请表保存为 PDF（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="179" />
        <source>Print slip</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="180" />
        <source>Print the slip for the customer (Ctrl+Shift+P)</source>
        <translation>为顾客打印凭条（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="189" />
        <source>Void done</source>
        <translation>撤销成功</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="189" />
        <source>Refund done</source>
        <translation>退货成功</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="192" />
        <source>%1 of fees comes back to the store</source>
        <translation>退回商户手续费 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="194" />
        <source>%1 — the fee is not returned</source>
        <translation>%1 —— 手续费不退回</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="208" />
        <source>Recorded by hand from the terminal's slip, confirmed by a shift lead.</source>
        <translation>已按终端凭条手工登记，并经值班主管确认。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="210" />
        <source>The case is archived and its evidence is locked.</source>
        <translation>申请已归档，证明材料已锁定。</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="112" />
        <source>Check each item against the slip and with the customer, and tick it. If anything does not match, escalate to a shift lead.</source>
        <translation>请对照签购单并与顾客逐项核对，核对无误后勾选。如有不符，请升级给值班主管处理。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="116" />
        <source>Confirm each item</source>
        <translation>逐项核对</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="117" />
        <source>Other details of the order</source>
        <translation>挂单其他信息</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="119" />
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="120" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="121" />
        <source>Trace no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="122" />
        <source>Reference no. (RRN)</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="123" />
        <source>Operation no.</source>
        <translation>操作号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="124" />
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="125" />
        <source>Suspension cause</source>
        <translation>挂单原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="126" />
        <source>Settled / notified</source>
        <translation>已清算 / 已通知成功</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="131" />
        <source>Escalate…</source>
        <translation>升级处理……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="133" />
        <source>A field is wrong or missing: send the case to a shift lead (Ctrl+E)</source>
        <translation>有信息错误或缺失：转交值班主管处理（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="142" />
        <source>Sale time</source>
        <translation>交易时间</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="143" />
        <source>Place</source>
        <translation>交易地点</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="144" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="145" />
        <source>Type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="146" />
        <source>Sale funding</source>
        <translation>交易资金</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="150" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="169" />
        <source>Escalated: this case waits until a shift lead corrects the order's data. It then comes back to this step. Note: %1</source>
        <translation>已升级：等待值班主管更正挂单数据，更正后回到本步骤重新核对。说明：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="181" />
        <source>Route: %1 — %2</source>
        <translation>处理方式：%1 —— %2</translation>
    </message>
</context>
<context>
    <name>WizardDialog</name>
    <message>
        <location filename="../../ui/wizard/common.py" line="152" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="418" />
        <source>Wait until the terminal has answered.</source>
        <translation>请等待终端返回结果。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="445" />
        <source>Not saved: fix the marked fields, or press Esc again to close without saving.</source>
        <translation>未保存：请修改标红的项目，或再按一次 Esc 不保存直接关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="494" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="498" />
        <source>Saving…</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="504" />
        <source>Withdraw…</source>
        <translation>撤回申请……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="506" />
        <source>Close the case without moving money; the order stays suspended (Ctrl+W)</source>
        <translation>不动用资金，关闭本申请，挂单恢复为待处理（Ctrl+W）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="508" />
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="510" />
        <source>Save this step and close; resume later on any counter (Esc)</source>
        <translation>保存本步并关闭，稍后可在任一收银台继续（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="512" />
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="514" />
        <source>The previous step, until the application is submitted (Alt+Left)</source>
        <translation>返回上一步，提交申请前可用（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="516" />
        <source>Save this step and go on (Enter)</source>
        <translation>保存本步并继续（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="523" />
        <location filename="../../ui/wizard/dialog.py" line="524" />
        <source>Cancel suspended order</source>
        <translation>撤销挂单</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="526" />
        <source>Opening the case…</source>
        <translation>正在打开撤销申请……</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="531" />
        <source>Cancel suspended order · No. %1 · %2</source>
        <translation>撤销挂单 · 单号 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="537" />
        <source>Case %1</source>
        <translation>申请编号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="539" />
        <source>Route: %1</source>
        <translation>处理方式：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="541" />
        <source>[Training]</source>
        <translation>【培训】</translation>
    </message>
</context>
</TS>