<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="59" />
        <source>Select an order that has a cancellation case to print its form.</source>
        <translation>Select an order that has a cancellation case to print its form.</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66" />
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66" />
        <source>Printing forms is not available yet.</source>
        <translation>Printing forms is not available yet.</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76" />
        <source>Form saved: %1</source>
        <translation>Form saved: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="81" />
        <source>Submit application</source>
        <translation>Submit application</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="90" />
        <source>The application</source>
        <translation>The application</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="92" />
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="93" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="94" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="95" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="96" />
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="100" />
        <source>Shift lead approval…</source>
        <translation>Shift lead approval…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="102" />
        <source>A shift lead approves or rejects here with their own PIN (Ctrl+L)</source>
        <translation>A shift lead approves or rejects here with their own PIN (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="124" />
        <source>Ready to submit for approval.</source>
        <translation>Ready to submit for approval.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="126" />
        <source>After submitting, the form and its evidence can no longer change.</source>
        <translation>After submitting, the form and its evidence can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="129" />
        <source>Waiting for a shift lead's approval…</source>
        <translation>Waiting for a shift lead's approval…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="133" />
        <source>Waiting %1 s. The lead may approve here or at any counter; this window notices by itself. You may also save and close, and come back later.</source>
        <translation>Waiting %1 s. The lead may approve here or at any counter; this window notices by itself. You may also save and close, and come back later.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="138" />
        <source>The application was rejected and closed.</source>
        <translation>The application was rejected and closed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="143" />
        <source>Closed by %1 on %2: %3</source>
        <translation>Closed by %1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="149" />
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="152" />
        <source>Approved by %1 on %2.</source>
        <translation>Approved by %1 on %2.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="77" />
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="79" />
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="140" />
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="148" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="148" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="148" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="149" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="150" />
        <source>Photos or scans of the slip, images or PDF (Ctrl+O)</source>
        <translation>Photos or scans of the slip, images or PDF (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="151" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="152" />
        <source>Only possible before the application is submitted</source>
        <translation>Only possible before the application is submitted</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="230" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="231" />
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="232" />
        <source>Customer phone</source>
        <translation>Customer phone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="233" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="234" />
        <source>Reason (other)</source>
        <translation>Reason (other)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="235" />
        <source>Explanation given</source>
        <translation>Explanation given</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="236" />
        <source>Guidance for next time</source>
        <translation>Guidance for next time</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="237" />
        <source>Bank hotline</source>
        <translation>Bank hotline</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="238" />
        <source>Bank reference</source>
        <translation>Bank reference</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="242" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="243" />
        <source>What happened, in a few words</source>
        <translation>What happened, in a few words</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="244" />
        <source>The issuing bank was contacted</source>
        <translation>The issuing bank was contacted</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="245" />
        <source>The customer agrees to cancel this payment</source>
        <translation>The customer agrees to cancel this payment</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="258" />
        <source>Saved: %1 (leave blank to keep)</source>
        <translation>Saved: %1 (leave blank to keep)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="261" />
        <source>Optional; mobile or landline</source>
        <translation>Optional; mobile or landline</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="140" />
        <source>The amount must be in yuan, like 128.00.</source>
        <translation>The amount must be in yuan, like 128.00.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="158" />
        <source>Correct order %1</source>
        <translation>Correct order %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="161" />
        <source>Escalation note: %1</source>
        <translation>Escalation note: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="163" />
        <source>After saving, the cashier verifies the order again (step 1).</source>
        <translation>After saving, the cashier verifies the order again (step 1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="166" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="167" />
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="168" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="169" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="170" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="171" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="172" />
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="173" />
        <source>Trace no.</source>
        <translation>Trace no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="174" />
        <source>Batch no.</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="175" />
        <source>Auth code</source>
        <translation>Auth code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="176" />
        <source>Operation no.</source>
        <translation>Operation no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="177" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="178" />
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="179" />
        <source>Success notified</source>
        <translation>Success notified</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="180" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="31" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="33" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="36" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="37" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="39" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="43" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="46" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="47" />
        <source>Merchant no.</source>
        <translation>Merchant no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="48" />
        <source>Terminal no.</source>
        <translation>Terminal no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="49" />
        <source>Trace no.</source>
        <translation>Trace no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="50" />
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="51" />
        <source>Batch no.</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="52" />
        <source>Auth code</source>
        <translation>Auth code</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="53" />
        <source>Operation no.</source>
        <translation>Operation no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="54" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="55" />
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="57" />
        <source>Success notified</source>
        <translation>Success notified</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="61" />
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="62" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="64" />
        <source>Fee class</source>
        <translation>Fee class</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="67" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="68" />
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="69" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="71" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="156" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="156" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="164" />
        <source>Nothing has happened to this order yet.</source>
        <translation>Nothing has happened to this order yet.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="169" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="170" />
        <source>Select an order to see all its fields, fee and timeline.</source>
        <translation>Select an order to see all its fields, fee and timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="171" />
        <source>Start cancellation (F2)</source>
        <translation>Start cancellation (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="173" />
        <source>Open the five-step cancellation wizard for this order (F2)</source>
        <translation>Open the five-step cancellation wizard for this order (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="175" />
        <source>Print form (Ctrl+P)</source>
        <translation>Print form (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="176" />
        <source>Print the application form of this order's case (Ctrl+P)</source>
        <translation>Print the application form of this order's case (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="177" />
        <source>Correct order data</source>
        <translation>Correct order data</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="178" />
        <source>Correct the escalated order's data (shift lead)</source>
        <translation>Correct the escalated order's data (shift lead)</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="243" />
        <source>Escalate to a shift lead</source>
        <translation>Escalate to a shift lead</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="246" />
        <source>Say which field is wrong or missing, and what the slip or the customer says instead. The case waits until a lead corrects the data.</source>
        <translation>Say which field is wrong or missing, and what the slip or the customer says instead. The case waits until a lead corrects the data.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="250" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="252" />
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="253" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filters.py" line="78" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="79" />
        <source>All causes</source>
        <translation>All causes</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="80" />
        <source>All funding</source>
        <translation>All funding</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="83" />
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="86" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="87" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="88" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="89" />
        <source>Date range…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="92" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="93" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="94" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="95" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="125" />
        <location filename="../../ui/dialogs/first_run.py" line="126" />
        <source>Welcome to guadan</source>
        <translation>Welcome to guadan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="127" />
        <source>This database is empty. What would you like to do?</source>
        <translation>This database is empty. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="129" />
        <source>Set up this store — merchant, terminal, first admin and shift lead</source>
        <translation>Set up this store — merchant, terminal, first admin and shift lead</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="132" />
        <source>Try the demo — sample store and orders in a separate database</source>
        <translation>Try the demo — sample store and orders in a separate database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="136" />
        <source>Demo users: 张三 (cashier, PIN 111111), 李四 (shift lead, 222222), 王芳 (admin, 333333).</source>
        <translation>Demo users: 张三 (cashier, PIN 111111), 李四 (shift lead, 222222), 王芳 (admin, 333333).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="140" />
        <source>Merchant name</source>
        <translation>Merchant name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="141" />
        <source>Merchant no. (15 digits)</source>
        <translation>Merchant no. (15 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="142" />
        <source>Terminal no. (8 characters)</source>
        <translation>Terminal no. (8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="143" />
        <source>Terminal port</source>
        <translation>Terminal port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="144" />
        <source>Admin name</source>
        <translation>Admin name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="145" />
        <source>Admin PIN (6+ digits)</source>
        <translation>Admin PIN (6+ digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="146" />
        <source>Shift lead name</source>
        <translation>Shift lead name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="147" />
        <source>Shift lead PIN (6+ digits)</source>
        <translation>Shift lead PIN (6+ digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="151" />
        <source>Simulated terminal</source>
        <translation>Simulated terminal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="152" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="153" />
        <source>Set up the store</source>
        <translation>Set up the store</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="146" />
        <source>Enter the amount in yuan, like 128.00</source>
        <translation>Enter the amount in yuan, like 128.00</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="186" />
        <source>Merchant name</source>
        <translation>Merchant name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="187" />
        <source>Merchant no.</source>
        <translation>Merchant no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="188" />
        <source>Terminal no.</source>
        <translation>Terminal no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="189" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="190" />
        <source>Applicant phone</source>
        <translation>Applicant phone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="191" />
        <source>Application date</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="192" />
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="193" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="197" />
        <source>15 digits</source>
        <translation>15 digits</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="198" />
        <source>8 letters or digits</source>
        <translation>8 letters or digits</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="200" />
        <source>Mobile 13812345678 or landline 010-12345678</source>
        <translation>Mobile 13812345678 or landline 010-12345678</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="202" />
        <source>Evidence (images or PDF, at most 10 MB each)</source>
        <translation>Evidence (images or PDF, at most 10 MB each)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="210" />
        <source>A void is always the full amount</source>
        <translation>A void is always the full amount</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="217" />
        <source>Returned for changes by %1 on %2: %3</source>
        <translation>Returned for changes by %1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <location filename="../../ui/wizard/preview.py" line="122" />
        <source>No preview: the PDF viewer (PySide6-Pdf) is not installed.</source>
        <translation>No preview: the PDF viewer (PySide6-Pdf) is not installed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="123" />
        <source>No preview: the form printer is not installed yet.</source>
        <translation>No preview: the form printer is not installed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="124" />
        <source>The preview could not be made. The form itself is not affected.</source>
        <translation>The preview could not be made. The form itself is not affected.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="125" />
        <location filename="../../ui/wizard/preview.py" line="126" />
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
</context>
<context>
    <name>GuadanStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="53" />
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="55" />
        <source>Simulated terminal</source>
        <translation>Simulated terminal</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="57" />
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="59" />
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="61" />
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="63" />
        <source>Terminal: %1 %2</source>
        <translation>Terminal: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="66" />
        <source>opening…</source>
        <translation>opening…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="68" />
        <source>shared server</source>
        <translation>shared server</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="70" />
        <source>this PC</source>
        <translation>this PC</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="71" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="72" />
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="77" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="77" />
        <source>Order files (*.csv *.json)</source>
        <translation>Order files (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="95" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="112" />
        <source>Imported %1 orders.</source>
        <translation>Imported %1 orders.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="119" />
        <source>Nothing was imported: %1 problem(s) in the file. Fix them and import again.</source>
        <translation>Nothing was imported: %1 problem(s) in the file. Fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="132" />
        <source>Import orders</source>
        <translation>Import orders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="135" />
        <source>Choose a CSV or JSON file exported by the store POS. Every row is checked first: if any row is wrong, nothing is imported.</source>
        <translation>Choose a CSV or JSON file exported by the store POS. Every row is checked first: if any row is wrong, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="139" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="141" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="142" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="67" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="68" />
        <source>The window is locked</source>
        <translation>The window is locked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="70" />
        <source>Enter the PIN of %1 to unlock.</source>
        <translation>Enter the PIN of %1 to unlock.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="72" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>%1 orders</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340" />
        <source>%1 new suspended order(s) arrived</source>
        <translation>%1 new suspended order(s) arrived</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377" />
        <source>Select an order first.</source>
        <translation>Select an order first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384" />
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385" />
        <source>The cancellation wizard is not available yet.</source>
        <translation>The cancellation wizard is not available yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440" />
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443" />
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444" />
        <location filename="../../ui/main_window.py" line="482" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462" />
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470" />
        <source>Training mode — practice data, simulated terminal, no real money moves</source>
        <translation>Training mode — practice data, simulated terminal, no real money moves</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473" />
        <source>Demo — sample data in its own database</source>
        <translation>Demo — sample data in its own database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478" />
        <source>Suspended orders waiting to be handled</source>
        <translation>Suspended orders waiting to be handled</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479" />
        <source>Applications waiting for a shift lead's approval</source>
        <translation>Applications waiting for a shift lead's approval</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480" />
        <source>Orders escalated because their data is wrong</source>
        <translation>Orders escalated because their data is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481" />
        <source>Voided, refunded, rejected and closed orders</source>
        <translation>Voided, refunded, rejected and closed orders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="486" />
        <source>Order no. / card last 4 / amount</source>
        <translation>Order no. / card last 4 / amount</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488" />
        <source>Search by order number, card last four digits or amount (Ctrl+F)</source>
        <translation>Search by order number, card last four digits or amount (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490" />
        <source>Reports are coming in a later version.</source>
        <translation>Reports are coming in a later version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493" />
        <source>Start cancellation</source>
        <translation>Start cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495" />
        <source>Print application form</source>
        <translation>Print application form</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498" />
        <source>Import orders…</source>
        <translation>Import orders…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500" />
        <source>Users…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514" />
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../ui/orders_model.py" line="38" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="39" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="40" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="41" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="42" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="43" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="45" />
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="86" />
        <source>Enter the shift lead's name.</source>
        <translation>Enter the shift lead's name.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="128" />
        <source>Shift lead's approval</source>
        <translation>Shift lead's approval</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="131" />
        <source>A shift lead other than the applicant enters their own name and PIN. Amount: %1. The signed-in user stays signed in.</source>
        <translation>A shift lead other than the applicant enters their own name and PIN. Amount: %1. The signed-in user stays signed in.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="135" />
        <source>Lead name</source>
        <translation>Lead name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="136" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="137" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="138" />
        <source>Required when rejecting: what must change</source>
        <translation>Required when rejecting: what must change</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="139" />
        <source>When rejecting</source>
        <translation>When rejecting</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="140" />
        <source>Return for changes (back to step 3)</source>
        <translation>Return for changes (back to step 3)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="141" />
        <source>Close the application</source>
        <translation>Close the application</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="142" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="143" />
        <source>Approve (Enter)</source>
        <translation>Approve (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="144" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="145" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="146" />
        <source>Close without a decision (Esc)</source>
        <translation>Close without a decision (Esc)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="148" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="151" />
        <source>Simulated terminal</source>
        <translation>Simulated terminal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="192" />
        <source>The approval threshold must be an amount in yuan, like 5000.00.</source>
        <translation>The approval threshold must be an amount in yuan, like 5000.00.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="225" />
        <source>Training mode is starting in a new window.</source>
        <translation>Training mode is starting in a new window.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="228" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="229" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="230" />
        <source>Card terminal</source>
        <translation>Card terminal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="231" />
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="233" />
        <source>Merchant name</source>
        <translation>Merchant name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="234" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="235" />
        <source>Lock after idle (minutes)</source>
        <translation>Lock after idle (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236" />
        <source>Slip printer</source>
        <translation>Slip printer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="238" />
        <source>Baud rate</source>
        <translation>Baud rate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="239" />
        <source>ACK timeout (ms)</source>
        <translation>ACK timeout (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="240" />
        <source>Answer timeout (ms)</source>
        <translation>Answer timeout (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="241" />
        <source>Inter-byte timeout (ms)</source>
        <translation>Inter-byte timeout (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="242" />
        <source>Admin approval above (yuan)</source>
        <translation>Admin approval above (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="243" />
        <source>Refund window (days)</source>
        <translation>Refund window (days)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="248" />
        <source>e.g. serial:/dev/ttyS0?baudrate=9600 (empty: none)</source>
        <translation>e.g. serial:/dev/ttyS0?baudrate=9600 (empty: none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="251" />
        <source>Start training mode (practice database, simulated terminal)</source>
        <translation>Start training mode (practice database, simulated terminal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="253" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="87" />
        <source>Enter your name and PIN.</source>
        <translation>Enter your name and PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="106" />
        <location filename="../../ui/dialogs/signin.py" line="115" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="108" />
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="110" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="112" />
        <source>guadan — suspended orders</source>
        <translation>guadan — suspended orders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="113" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="114" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/main.py" line="100" />
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="129" />
        <source>The database cannot be opened:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <location filename="../../ui/wizard/rail.py" line="11" />
        <source>Verify the order</source>
        <translation>Verify the order</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="12" />
        <source>Contact the buyer</source>
        <translation>Contact the buyer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="13" />
        <source>Fill in the form</source>
        <translation>Fill in the form</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="14" />
        <source>Submit and wait</source>
        <translation>Submit and wait</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/rail.py" line="15" />
        <source>Execute and archive</source>
        <translation>Execute and archive</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="136" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="136" />
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="138" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="162" />
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="162" />
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="172" />
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="186" />
        <source>%1 enabled.</source>
        <translation>%1 enabled.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="186" />
        <source>%1 disabled.</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="202" />
        <source>PIN of %1 reset.</source>
        <translation>PIN of %1 reset.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="208" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="209" />
        <location filename="../../ui/dialogs/users_dialog.py" line="213" />
        <location filename="../../ui/dialogs/users_dialog.py" line="215" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="209" />
        <location filename="../../ui/dialogs/users_dialog.py" line="215" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="209" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="210" />
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="211" />
        <source>New PIN (6+ digits)</source>
        <translation>New PIN (6+ digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="212" />
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="214" />
        <source>PIN (6+ digits)</source>
        <translation>PIN (6+ digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="215" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="117" />
        <source>Check each item against the slip and with the customer, and tick it. If anything does not match, escalate to a shift lead.</source>
        <translation>Check each item against the slip and with the customer, and tick it. If anything does not match, escalate to a shift lead.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="121" />
        <source>Confirm each item</source>
        <translation>Confirm each item</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="122" />
        <source>Other details of the order</source>
        <translation>Other details of the order</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="124" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="125" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="126" />
        <source>Trace no.</source>
        <translation>Trace no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="127" />
        <source>Reference no. (RRN)</source>
        <translation>Reference no. (RRN)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="128" />
        <source>Operation no.</source>
        <translation>Operation no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="129" />
        <source>Batch no.</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="130" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="131" />
        <source>Settled / notified</source>
        <translation>Settled / notified</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="136" />
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="138" />
        <source>A field is wrong or missing: send the case to a shift lead (Ctrl+E)</source>
        <translation>A field is wrong or missing: send the case to a shift lead (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="147" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="148" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="149" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="150" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="151" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="155" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="174" />
        <source>Escalated: this case waits until a shift lead corrects the order's data. It then comes back to this step. Note: %1</source>
        <translation>Escalated: this case waits until a shift lead corrects the order's data. It then comes back to this step. Note: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="186" />
        <source>Route: %1 — %2</source>
        <translation>Route: %1 — %2</translation>
    </message>
</context>
<context>
    <name>WizardDialog</name>
    <message>
        <location filename="../../ui/wizard/common.py" line="145" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
</TS>