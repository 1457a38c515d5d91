<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="90" />
        <source>Select an order that has a cancellation case to print its form.</source>
        <translation>Select an order that has a cancellation case to print its form.</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111" />
        <source>Application form %1</source>
        <translation>Application form %1</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117" />
        <source>Form printed: %1</source>
        <translation>Form printed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="155" />
        <source>Print a batch of forms</source>
        <translation>Print a batch of forms</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="166" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="167" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="170" />
        <source>Also forms still awaiting approval, rejected or closed</source>
        <translation>Also forms still awaiting approval, rejected or closed</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="200" />
        <source>No application form was submitted from %1 to %2.</source>
        <translation>No application form was submitted from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="202" />
        <source>No approved or completed application from %1 to %2.</source>
        <translation>No approved or completed application from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="225" />
        <source>Forms %1 – %2</source>
        <translation>Forms %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="259" />
        <source>Terminal journal: %1 sale(s); %2 without a store order, now suspended orders.</source>
        <translation>Terminal journal: %1 sale(s); %2 without a store order, now suspended orders.</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="281" />
        <source>Close the terminal's batch</source>
        <translation>Close the terminal's batch</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="282" />
        <source>Settle the terminal's batch now? Every suspended order on it becomes settled and can then only be refunded, no longer voided.</source>
        <translation>Settle the terminal's batch now? Every suspended order on it becomes settled and can then only be refunded, no longer voided.</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="303" />
        <source>Batch closed; %1 order(s) are now settled.</source>
        <translation>Batch closed; %1 order(s) are now settled.</translation>
    </message>
</context>
<context>
    <name>AddOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="166" />
        <source>Add a suspended order</source>
        <translation>Add a suspended order</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="169" />
        <source>Copy the order from the till and the terminal's slip. The same rules as an import apply; a full card number is masked before it is saved.</source>
        <translation>Copy the order from the till and the terminal's slip. The same rules as an import apply; a full card number is masked before it is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="174" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="175" />
        <source>Time of sale</source>
        <translation>Time of sale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="176" />
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="177" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="178" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="179" />
        <source>Card no.</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="180" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="181" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="182" />
        <source>Merchant no.</source>
        <translation>Merchant no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="183" />
        <source>Terminal no.</source>
        <translation>Terminal no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="184" />
        <source>Trace no.</source>
        <translation>Trace no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="185" />
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="186" />
        <source>Batch no.</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="187" />
        <source>Auth code</source>
        <translation>Auth code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="188" />
        <source>Operation no.</source>
        <translation>Operation no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="193" />
        <source>The till's order number</source>
        <translation>The till's order number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="196" />
        <source>622848******1234 or the full number</source>
        <translation>622848******1234 or the full number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="197" />
        <location filename="../../ui/dialogs/add_order_dialog.py" line="199" />
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="198" />
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="200" />
        <source>6 letters or digits</source>
        <translation>6 letters or digits</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="212" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="216" />
        <source>Batch already settled</source>
        <translation>Batch already settled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="217" />
        <source>Success notice already sent</source>
        <translation>Success notice already sent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="218" />
        <source>Save order</source>
        <translation>Save order</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_order_dialog.py" line="219" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="102" />
        <source>Submit application</source>
        <translation>Submit application</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="86" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="88" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="89" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="104" />
        <source>Send the form to a shift lead; the form and its evidence then lock</source>
        <translation>Send the form to a shift lead; the form and its evidence then lock</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="106" />
        <source>Shift lead approval…</source>
        <translation>Shift lead approval…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="108" />
        <source>A shift lead approves or rejects here with their own PIN (%1)</source>
        <translation>A shift lead approves or rejects here with their own PIN (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="123" />
        <source>Ready to submit for approval.</source>
        <translation>Ready to submit for approval.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="126" />
        <source>Check the application below, then press Submit application. After submitting, the form and its evidence can no longer change.</source>
        <translation>Check the application below, then press Submit application. After submitting, the form and its evidence can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="131" />
        <source>Waiting for a shift lead's approval…</source>
        <translation>Waiting for a shift lead's approval…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="134" />
        <source>Waiting %1 since submission. The lead may approve here or at any counter; this window notices by itself. You may also save and close, and come back later.</source>
        <translation>Waiting %1 since submission. The lead may approve here or at any counter; this window notices by itself. You may also save and close, and come back later.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="140" />
        <source>The application was rejected and closed.</source>
        <translation>The application was rejected and closed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="145" />
        <source>Closed by %1 on %2: %3</source>
        <translation>Closed by %1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="151" />
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_approval.py" line="154" />
        <source>Approved by %1 on %2.</source>
        <translation>Approved by %1 on %2.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="83" />
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="85" />
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="133" />
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="141" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="141" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="141" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="142" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="144" />
        <source>Photos or scans of the slip, images or PDF (%1)</source>
        <translation>Photos or scans of the slip, images or PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="148" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/attachments.py" line="149" />
        <source>Only possible before the application is submitted</source>
        <translation>Only possible before the application is submitted</translation>
    </message>
</context>
<context>
    <name>AuditAlert</name>
    <message>
        <location filename="../../ui/audit_alert.py" line="20" />
        <source>The audit trail does not hold. Tell a shift lead at once.</source>
        <translation>The audit trail does not hold. Tell a shift lead at once.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_alert.py" line="25" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>CaseReview</name>
    <message>
        <location filename="../../ui/wizard/review.py" line="82" />
        <source>The application</source>
        <translation>The application</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="83" />
        <source>Contact with the buyer</source>
        <translation>Contact with the buyer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="84" />
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="85" />
        <source>Shift lead's decision</source>
        <translation>Shift lead's decision</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="86" />
        <source>The order's timeline</source>
        <translation>The order's timeline</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="88" />
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="89" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="90" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="91" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="92" />
        <source>Application date</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="93" />
        <source>Reason on the form</source>
        <translation>Reason on the form</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="94" />
        <source>Contacted by</source>
        <translation>Contacted by</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="95" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="96" />
        <source>Explanation given</source>
        <translation>Explanation given</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="97" />
        <source>Issuing bank</source>
        <translation>Issuing bank</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="98" />
        <source>Customer's consent</source>
        <translation>Customer's consent</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="99" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="100" />
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="101" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="102" />
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="104" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="139" />
        <source>Not contacted</source>
        <translation>Not contacted</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="142" />
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="145" />
        <source>The customer agreed</source>
        <translation>The customer agreed</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="147" />
        <source>No agreement recorded</source>
        <translation>No agreement recorded</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="152" />
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="168" />
        <source>No evidence files attached.</source>
        <translation>No evidence files attached.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="173" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="173" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="190" />
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <location filename="../../ui/case_summary.py" line="93" />
        <source>This order was finished without a cancellation case.</source>
        <translation>This order was finished without a cancellation case.</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="107" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="113" />
        <location filename="../../ui/case_summary.py" line="114" />
        <source>Finished case</source>
        <translation>Finished case</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="117" />
        <source>Finished case · No. %1 · %2</source>
        <translation>Finished case · No. %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="124" />
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="125" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="128" />
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="136" />
        <source>Void done</source>
        <translation>Void done</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="136" />
        <source>Refund done</source>
        <translation>Refund done</translation>
    </message>
    <message>
        <location filename="../../ui/case_summary.py" line="139" />
        <source>The application was rejected and the case closed.</source>
        <translation>The application was rejected and the case closed.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="252" />
        <source>— choose the reason —</source>
        <translation>— choose the reason —</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="260" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="261" />
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="262" />
        <location filename="../../ui/wizard/step_contact.py" line="296" />
        <source>Customer phone</source>
        <translation>Customer phone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="263" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="264" />
        <source>Reason (other)</source>
        <translation>Reason (other)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="265" />
        <source>Explanation given</source>
        <translation>Explanation given</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="266" />
        <source>Guidance for next time</source>
        <translation>Guidance for next time</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="267" />
        <source>Bank hotline</source>
        <translation>Bank hotline</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="268" />
        <source>Bank reference</source>
        <translation>Bank reference</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="272" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="273" />
        <source>What happened, in a few words</source>
        <translation>What happened, in a few words</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="274" />
        <source>The issuing bank was contacted</source>
        <translation>The issuing bank was contacted</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="277" />
        <source>The bank's application form is always printed in Chinese. What you type here (explanation, guidance, reason) is printed exactly as typed: write it in Chinese for the bank. The suggested texts are in Chinese for that reason.</source>
        <translation>The bank's application form is always printed in Chinese. What you type here (explanation, guidance, reason) is printed exactly as typed: write it in Chinese for the bank. The suggested texts are in Chinese for that reason.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="296" />
        <source>Customer phone *</source>
        <translation>Customer phone *</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="300" />
        <source>Saved: %1 (leave blank to keep)</source>
        <translation>Saved: %1 (leave blank to keep)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="304" />
        <source>Required when reached by phone; mobile or landline</source>
        <translation>Required when reached by phone; mobile or landline</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_contact.py" line="307" />
        <source>Optional; mobile or landline</source>
        <translation>Optional; mobile or landline</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="162" />
        <source>The amount must be in yuan, like 128.00.</source>
        <translation>The amount must be in yuan, like 128.00.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="188" />
        <source>Correct order %1</source>
        <translation>Correct order %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="191" />
        <source>Escalation note: %1</source>
        <translation>Escalation note: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="193" />
        <source>After saving, the cashier verifies the order again (step 1).</source>
        <translation>After saving, the cashier verifies the order again (step 1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="195" />
        <source>What the correction is based on, e.g. the slip</source>
        <translation>What the correction is based on, e.g. the slip</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="196" />
        <source>Confirm with your own PIN</source>
        <translation>Confirm with your own PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="198" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="199" />
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="200" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="201" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="202" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="203" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="204" />
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="205" />
        <source>Trace no.</source>
        <translation>Trace no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="206" />
        <source>Batch no.</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="207" />
        <source>Auth code</source>
        <translation>Auth code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="208" />
        <source>Operation no.</source>
        <translation>Operation no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="209" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="210" />
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="211" />
        <source>Success notified</source>
        <translation>Success notified</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="212" />
        <source>Note (required)</source>
        <translation>Note (required)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="213" />
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="97" />
        <source>year-month-day, like 2026-12-03</source>
        <translation>year-month-day, like 2026-12-03</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="98" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="99" />
        <source>Pick the day from a calendar</source>
        <translation>Pick the day from a calendar</translation>
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
        <location filename="../../ui/detail_pane.py" line="47" />
        <source>Payment channel</source>
        <translation>Payment channel</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="50" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="57" />
        <source>Provider's trade no.</source>
        <translation>Provider's trade no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="60" />
        <source>Merchant no.</source>
        <translation>Merchant no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="61" />
        <source>Terminal no.</source>
        <translation>Terminal no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="62" />
        <source>Trace no.</source>
        <translation>Trace no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="63" />
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="64" />
        <source>Batch no.</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="65" />
        <source>Auth code</source>
        <translation>Auth code</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="66" />
        <source>Operation no.</source>
        <translation>Operation no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="67" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="68" />
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="70" />
        <source>Success notified</source>
        <translation>Success notified</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="73" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="74" />
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="75" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="77" />
        <source>Still refundable</source>
        <translation>Still refundable</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="81" />
        <source>Fee class</source>
        <translation>Fee class</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="84" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="85" />
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="86" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="88" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="180" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="180" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="183" />
        <source>View the finished case (F2)</source>
        <translation>View the finished case (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="192" />
        <source>Nothing has happened to this order yet.</source>
        <translation>Nothing has happened to this order yet.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="197" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="199" />
        <source>Select an order to see all its fields, fee and timeline.</source>
        <translation>Select an order to see all its fields, fee and timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="185" />
        <source>Start cancellation (F2)</source>
        <translation>Start cancellation (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="53" />
        <source>Till's order no.</source>
        <translation>Till's order no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="202" />
        <source>Open the five-step cancellation wizard for this order (F2)</source>
        <translation>Open the five-step cancellation wizard for this order (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="204" />
        <source>Print form (Ctrl+P)</source>
        <translation>Print form (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="206" />
        <source>Print the application form of this order's case (Ctrl+P)</source>
        <translation>Print the application form of this order's case (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="208" />
        <source>Correct order data</source>
        <translation>Correct order data</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="209" />
        <source>Correct the escalated order's data (shift lead)</source>
        <translation>Correct the escalated order's data (shift lead)</translation>
    </message>
</context>
<context>
    <name>EmptyResult</name>
    <message>
        <location filename="../../ui/empty_result.py" line="66" />
        <source>No suspended orders yet</source>
        <translation>No suspended orders yet</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="68" />
        <source>No suspended orders match</source>
        <translation>No suspended orders match</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="71" />
        <source>Active filters: %1</source>
        <translation>Active filters: %1</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="79" />
        <source>Suspended orders come in from the till's export file, or are added by hand from the slip. Set the terminal up under Admin → Settings.</source>
        <translation>Suspended orders come in from the till's export file, or are added by hand from the slip. Set the terminal up under Admin → Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="86" />
        <source>Every suspended order has been handled. Voided and refunded orders are under Handled; new orders come in by import (F7).</source>
        <translation>Every suspended order has been handled. Voided and refunded orders are under Handled; new orders come in by import (F7).</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="92" />
        <source>Clear the filters to see every order; a search looks through all of them.</source>
        <translation>Clear the filters to see every order; a search looks through all of them.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="94" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="96" />
        <source>Import a file (F7)</source>
        <translation>Import a file (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/empty_result.py" line="97" />
        <source>Add an order by hand</source>
        <translation>Add an order by hand</translation>
    </message>
</context>
<context>
    <name>ExecutePage</name>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="194" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="197" />
        <source>Record manual void</source>
        <translation>Record manual void</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="198" />
        <source>Record manual refund</source>
        <translation>Record manual refund</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="200" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="204" />
        <source>Cancel at %1</source>
        <translation>Cancel at %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="206" />
        <source>Refund through %1</source>
        <translation>Refund through %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="209" />
        <source>Execute void</source>
        <translation>Execute void</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="211" />
        <source>Execute refund</source>
        <translation>Execute refund</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="227" />
        <source>Tick the box to confirm the amount with the customer first.</source>
        <translation>Tick the box to confirm the amount with the customer first.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="434" />
        <source>%1 s of at most %2 s for the terminal's answer.</source>
        <translation>%1 s of at most %2 s for the terminal's answer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="440" />
        <source>No answer in time: the app is asking the terminal what became of the command. Nothing is sent twice.</source>
        <translation>No answer in time: the app is asking the terminal what became of the command. Nothing is sent twice.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="530" />
        <source>I have checked this amount with the customer</source>
        <translation>I have checked this amount with the customer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="531" />
        <source>A lead records the terminal's print-out</source>
        <translation>A lead records the terminal's print-out</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="533" />
        <source>Stop waiting (the order stays blocked, nothing is sent again)</source>
        <translation>Stop waiting (the order stays blocked, nothing is sent again)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="536" />
        <source>The terminal cannot be reached: key the void on it by hand</source>
        <translation>The terminal cannot be reached: key the void on it by hand</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="540" />
        <source>Ask %1 again</source>
        <translation>Ask %1 again</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="543" />
        <source>Asks %1 what became of the request under its own number; nothing is sent again</source>
        <translation>Asks %1 what became of the request under its own number; nothing is sent again</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="547" />
        <source>Check with the terminal</source>
        <translation>Check with the terminal</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="550" />
        <source>Read the terminal's own records about the last command; nothing is sent again</source>
        <translation>Read the terminal's own records about the last command; nothing is sent again</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="554" />
        <source>Send again under the same number</source>
        <translation>Send again under the same number</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="556" />
        <source>Send the void again</source>
        <translation>Send the void again</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="560" />
        <source>Once, to the same terminal, after it shows the sale is still there: it never voids one sale twice (it answers 04), so the money moves back once</source>
        <translation>Once, to the same terminal, after it shows the sale is still there: it never voids one sale twice (it answers 04), so the money moves back once</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="573" />
        <source>Cancel at %1: %2</source>
        <translation>Cancel at %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="576" />
        <source>Refund through %1: %2</source>
        <translation>Refund through %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="586" />
        <source>%1 has not said yet what became of the request. Ask %1 again: only its answer counts, and nothing is sent under a new number.</source>
        <translation>%1 has not said yet what became of the request. Ask %1 again: only its answer counts, and nothing is sent under a new number.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="599" />
        <source>You stopped waiting on screen. The terminal still has the command: its answer is recorded as soon as it comes. Until then this order cannot be voided again, so nothing moves twice. You may close the wizard.</source>
        <translation>You stopped waiting on screen. The terminal still has the command: its answer is recorded as soon as it comes. Until then this order cannot be voided again, so nothing moves twice. You may close the wizard.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="614" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="579" />
        <source>Amount to void: %1</source>
        <translation>Amount to void: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="581" />
        <source>Amount to refund: %1</source>
        <translation>Amount to refund: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="617" />
        <source>Provider's trade no.: %1 · till's order no. at %2: %3</source>
        <translation>Provider's trade no.: %1 · till's order no. at %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="623" />
        <source>Connecting to the terminal</source>
        <translation>Connecting to the terminal</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="624" />
        <source>Waiting for the terminal (follow its screen)</source>
        <translation>Waiting for the terminal (follow its screen)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="625" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="628" />
        <source>Asking %1</source>
        <translation>Asking %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="629" />
        <source>Waiting for %1's answer</source>
        <translation>Waiting for %1's answer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="632" />
        <source>Outcome unknown: see above</source>
        <translation>Outcome unknown: see above</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="657" />
        <source>Retrying is safe: the app checks with the terminal before sending again.</source>
        <translation>Retrying is safe: the app checks with the terminal before sending again.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_execute.py" line="663" />
        <source>Checking what the terminal can do…</source>
        <translation>Checking what the terminal can do…</translation>
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
        <location filename="../../ui/dialogs/first_run.py" line="154" />
        <location filename="../../ui/dialogs/first_run.py" line="155" />
        <source>Welcome to guadan</source>
        <translation>Welcome to guadan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="156" />
        <source>This database is empty. What would you like to do?</source>
        <translation>This database is empty. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="158" />
        <source>Set up this store — merchant, terminal, first admin and shift lead</source>
        <translation>Set up this store — merchant, terminal, first admin and shift lead</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="161" />
        <source>Try the demo — sample store and orders in a separate database</source>
        <translation>Try the demo — sample store and orders in a separate database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="166" />
        <source>%1 (%2, PIN %3)</source>
        <translation>%1 (%2, PIN %3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="173" />
        <source>Demo users: %1.</source>
        <translation>Demo users: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="175" />
        <source>Merchant name</source>
        <translation>Merchant name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="176" />
        <source>Merchant no. (15 digits)</source>
        <translation>Merchant no. (15 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="177" />
        <source>Terminal no. (8 characters)</source>
        <translation>Terminal no. (8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="178" />
        <source>Terminal port</source>
        <translation>Terminal port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="179" />
        <source>Admin name</source>
        <translation>Admin name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="180" />
        <source>Admin PIN (6+ digits)</source>
        <translation>Admin PIN (6+ digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="181" />
        <source>Shift lead name</source>
        <translation>Shift lead name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="182" />
        <source>Shift lead PIN (6+ digits)</source>
        <translation>Shift lead PIN (6+ digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="183" />
        <source>Admin PIN again</source>
        <translation>Admin PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="184" />
        <source>Shift lead PIN again</source>
        <translation>Shift lead PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="188" />
        <source>Simulated terminal</source>
        <translation>Simulated terminal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="189" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="190" />
        <source>Set up the store</source>
        <translation>Set up the store</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="223" />
        <source>Merchant name</source>
        <translation>Merchant name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="224" />
        <source>Merchant no.</source>
        <translation>Merchant no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="225" />
        <source>Terminal no.</source>
        <translation>Terminal no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="226" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="227" />
        <source>Applicant phone</source>
        <translation>Applicant phone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="228" />
        <source>Application date</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="229" />
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="230" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="234" />
        <source>15 digits</source>
        <translation>15 digits</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="235" />
        <source>8 letters or digits</source>
        <translation>8 letters or digits</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="237" />
        <source>Mobile 13812345678 or landline 010-12345678</source>
        <translation>Mobile 13812345678 or landline 010-12345678</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="239" />
        <source>Evidence (images or PDF, at most 10 MB each)</source>
        <translation>Evidence (images or PDF, at most 10 MB each)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="247" />
        <source>A void is always the full amount</source>
        <translation>A void is always the full amount</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_form.py" line="254" />
        <source>Returned for changes by %1 on %2: %3</source>
        <translation>Returned for changes by %1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <location filename="../../ui/wizard/preview.py" line="168" />
        <source>No preview: the PDF viewer (PySide6-Pdf) is not installed.</source>
        <translation>No preview: the PDF viewer (PySide6-Pdf) is not installed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="169" />
        <source>No preview: the form printer is not installed yet.</source>
        <translation>No preview: the form printer is not installed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="170" />
        <source>The preview could not be made. The form itself is not affected.</source>
        <translation>The preview could not be made. The form itself is not affected.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="171" />
        <location filename="../../ui/wizard/preview.py" line="172" />
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="176" />
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="176" />
        <source>The page's width fills the preview</source>
        <translation>The page's width fills the preview</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="177" />
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="177" />
        <source>The form at its printed size</source>
        <translation>The form at its printed size</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="178" />
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/preview.py" line="179" />
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
</context>
<context>
    <name>GuadanStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="121" />
        <source>%1 (%2)</source>
        <comment>user name (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="126" />
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="134" />
        <source>Simulated terminal</source>
        <translation>Simulated terminal</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="100" />
        <location filename="../../ui/status_bar.py" line="136" />
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="81" />
        <source>%1 waiting to sync</source>
        <translation>%1 waiting to sync</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="84" />
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="102" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="107" />
        <source>offline since %1</source>
        <translation>offline since %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="138" />
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="140" />
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="142" />
        <source>Terminal: %1 %2</source>
        <translation>Terminal: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="145" />
        <source>opening…</source>
        <translation>opening…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="147" />
        <source>shared server</source>
        <translation>shared server</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="151" />
        <source>this PC</source>
        <translation>this PC</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="152" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="158" />
        <source>Offline: own cases go on; no approvals</source>
        <translation>Offline: own cases go on; no approvals</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="160" />
        <source>Offline: go on with this counter's cases (steps 1–3, step 5 if approved) and print; no approvals, no other counter's case</source>
        <translation>Offline: go on with this counter's cases (steps 1–3, step 5 if approved) and print; no approvals, no other counter's case</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="165" />
        <source>Offline: typing kept, saved once online; no approvals, no other counter's case</source>
        <translation>Offline: typing kept, saved once online; no approvals, no other counter's case</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="171" />
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="109" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="109" />
        <source>Order files (*.csv *.json)</source>
        <translation>Order files (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="127" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="145" />
        <source>Imported %1 orders.</source>
        <translation>Imported %1 orders.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="152" />
        <source>Nothing was imported: %1 problem(s) in the file. Fix them and import again.</source>
        <translation>Nothing was imported: %1 problem(s) in the file. Fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="170" />
        <source>Import orders</source>
        <translation>Import orders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="173" />
        <source>Choose a CSV or JSON file exported by the store POS. Every row is checked first: if any row is wrong, nothing is imported.</source>
        <translation>Choose a CSV or JSON file exported by the store POS. Every row is checked first: if any row is wrong, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="177" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="179" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="180" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="182" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="182" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="182" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="74" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="75" />
        <source>The window is locked</source>
        <translation>The window is locked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="77" />
        <source>Enter the PIN of %1 to unlock.</source>
        <translation>Enter the PIN of %1 to unlock.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="79" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="80" />
        <source>Another user: sign in as someone else</source>
        <translation>Another user: sign in as someone else</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lock_screen.py" line="82" />
        <source>Open wizards are saved and closed, then anyone can sign in (Shift+F12)</source>
        <translation>Open wizards are saved and closed, then anyone can sign in (Shift+F12)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>Queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382" />
        <source>Search: “%1”</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472" />
        <source>%1 orders</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472" />
        <source>1 order</source>
        <translation>1 order</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547" />
        <source>%1 new suspended order(s) arrived</source>
        <translation>%1 new suspended order(s) arrived</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="639" />
        <source>Checked %1 unfinished terminal command(s) with the terminal.</source>
        <translation>Checked %1 unfinished terminal command(s) with the terminal.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642" />
        <source>%1 still unknown: the terminal did not answer.</source>
        <translation>%1 still unknown: the terminal did not answer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="662" />
        <source>Select a suspended order first.</source>
        <translation>Select a suspended order first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="669" />
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670" />
        <source>The cancellation wizard is not available yet.</source>
        <translation>The cancellation wizard is not available yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707" />
        <source>Select an application awaiting approval first.</source>
        <translation>Select an application awaiting approval first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="710" />
        <source>This order has no application awaiting approval.</source>
        <translation>This order has no application awaiting approval.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="806" />
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="807" />
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="808" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="809" />
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="810" />
        <location filename="../../ui/main_window.py" line="861" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="830" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="832" />
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="847" />
        <source>Training mode — practice data, simulated terminal, no real money moves</source>
        <translation>Training mode — practice data, simulated terminal, no real money moves</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="850" />
        <source>Demo — sample data in its own database</source>
        <translation>Demo — sample data in its own database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="856" />
        <source>Every order not finished yet, also those awaiting approval or escalated</source>
        <translation>Every order not finished yet, also those awaiting approval or escalated</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="860" />
        <source>Voided, refunded and closed orders</source>
        <translation>Voided, refunded and closed orders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="858" />
        <source>Applications waiting for a shift lead's approval</source>
        <translation>Applications waiting for a shift lead's approval</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="859" />
        <source>Orders escalated because their data is wrong</source>
        <translation>Orders escalated because their data is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865" />
        <source>Order no. / card last 4 / amount</source>
        <translation>Order no. / card last 4 / amount</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="867" />
        <source>Search by order number, card last four digits or amount (%1)</source>
        <translation>Search by order number, card last four digits or amount (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="872" />
        <source>Approve / reject (F4)</source>
        <translation>Approve / reject (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="874" />
        <source>Open the selected application at step 4 to approve or reject it</source>
        <translation>Open the selected application at step 4 to approve or reject it</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="17" />
        <source>Start cancellation</source>
        <translation>Start cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="18" />
        <source>Approve or reject…</source>
        <translation>Approve or reject…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="19" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="20" />
        <source>Print application form</source>
        <translation>Print application form</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="21" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="22" />
        <source>Switch user…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="23" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="24" />
        <source>Add a suspended order…</source>
        <translation>Add a suspended order…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="25" />
        <source>Import orders…</source>
        <translation>Import orders…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="26" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="27" />
        <source>Users…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="28" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="29" />
        <source>Print a batch of forms…</source>
        <translation>Print a batch of forms…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="30" />
        <source>Shift handover…</source>
        <translation>Shift handover…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="31" />
        <source>Operation log…</source>
        <translation>Operation log…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32" />
        <source>Check the terminal's journal</source>
        <translation>Check the terminal's journal</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="33" />
        <source>Close the terminal's batch (settle)…</source>
        <translation>Close the terminal's batch (settle)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="34" />
        <source>Keyboard shortcuts…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="47" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="48" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="53" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="50" />
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="51" />
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52" />
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
</context>
<context>
    <name>ManualRefundView</name>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="99" />
        <source>Photo or scan of the slip</source>
        <translation>Photo or scan of the slip</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="101" />
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="163" />
        <source>Start the manual path (before keying on the terminal)</source>
        <translation>Start the manual path (before keying on the terminal)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="168" />
        <source>Auth code (6)</source>
        <translation>Auth code (6)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="170" />
        <source>Trace no. (6 digits)</source>
        <translation>Trace no. (6 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="188" />
        <source>The terminal cannot be reached. Key the void by hand on the terminal, then record what its slip says; it is checked against the terminal's journal once the terminal answers again.</source>
        <translation>The terminal cannot be reached. Key the void by hand on the terminal, then record what its slip says; it is checked against the terminal's journal once the terminal answers again.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="194" />
        <source>This terminal cannot refund without the card. Do the refund by hand on the terminal, then record what its slip says.</source>
        <translation>This terminal cannot refund without the card. Do the refund by hand on the terminal, then record what its slip says.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="164" />
        <source>On the terminal</source>
        <translation>On the terminal</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="165" />
        <source>From the terminal's slip</source>
        <translation>From the terminal's slip</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="167" />
        <source>Reference no. (12 digits)</source>
        <translation>Reference no. (12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="169" />
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="171" />
        <source>Photo of the slip</source>
        <translation>Photo of the slip</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="172" />
        <source>Confirming lead</source>
        <translation>Confirming lead</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="173" />
        <source>Lead's PIN</source>
        <translation>Lead's PIN</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="177" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/manual_refund.py" line="179" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="78" />
        <source>Escalate to a shift lead</source>
        <translation>Escalate to a shift lead</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="81" />
        <source>Say which field is wrong or missing, and what the slip or the customer says instead. The case waits until a lead corrects the data.</source>
        <translation>Say which field is wrong or missing, and what the slip or the customer says instead. The case waits until a lead corrects the data.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="85" />
        <source>Note for the lead</source>
        <translation>Note for the lead</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="86" />
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="88" />
        <source>Withdraw the case</source>
        <translation>Withdraw the case</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="91" />
        <source>The case is closed without moving any money and the order is open again. Say why (for example: the customer did not agree).</source>
        <translation>The case is closed without moving any money and the order is open again. Say why (for example: the customer did not agree).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="95" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/note_dialog.py" line="96" />
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>OperationLogDialog</name>
    <message>
        <location filename="../../ui/oplog_view.py" line="237" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="240" />
        <source>Sign-in and PINs</source>
        <translation>Sign-in and PINs</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="241" />
        <source>Cancellation cases</source>
        <translation>Cancellation cases</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="242" />
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="267" />
        <location filename="../../ui/oplog_view.py" line="340" />
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="278" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="285" />
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="288" />
        <source>%1 events (%2 loaded; scroll for more)</source>
        <translation>%1 events (%2 loaded; scroll for more)</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="300" />
        <source>Checking the audit chain…</source>
        <translation>Checking the audit chain…</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="335" />
        <source>Operation log</source>
        <translation>Operation log</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="336" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="338" />
        <source>Check every event's signature and link, as guadan audit verify does</source>
        <translation>Check every event's signature and link, as guadan audit verify does</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="341" />
        <location filename="../../ui/oplog_view.py" line="360" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="342" />
        <location filename="../../ui/oplog_view.py" line="361" />
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="347" />
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="348" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="349" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="350" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="357" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="358" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="359" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="362" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/oplog_view.py" line="365" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../ui/orders_model.py" line="42" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="43" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="44" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="45" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="46" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="47" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/orders_model.py" line="49" />
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="89" />
        <source>Enter the shift lead's name.</source>
        <translation>Enter the shift lead's name.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="125" />
        <source>Shift lead's approval</source>
        <translation>Shift lead's approval</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="128" />
        <source>A shift lead other than the applicant enters their own name and PIN. Amount: %1. The signed-in user stays signed in.</source>
        <translation>A shift lead other than the applicant enters their own name and PIN. Amount: %1. The signed-in user stays signed in.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="132" />
        <source>Lead name</source>
        <translation>Lead name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="133" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="134" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="135" />
        <source>Required when rejecting: what must change</source>
        <translation>Required when rejecting: what must change</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="136" />
        <source>When rejecting</source>
        <translation>When rejecting</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="137" />
        <source>Return for changes (back to step 3)</source>
        <translation>Return for changes (back to step 3)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="138" />
        <source>Close the application</source>
        <translation>Close the application</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="139" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="140" />
        <source>Approve (Enter)</source>
        <translation>Approve (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="141" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="142" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pin_dialog.py" line="143" />
        <source>Close without a decision (Esc)</source>
        <translation>Close without a decision (Esc)</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../ui/print_job.py" line="82" />
        <source>application form</source>
        <translation>application form</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="83" />
        <source>slip</source>
        <translation>slip</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="159" />
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="86" />
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="87" />
        <source>%1 page(s)</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="88" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="90" />
        <source>Choose a printer and print (%1)</source>
        <translation>Choose a printer and print (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="94" />
        <source>Save the PDF to a file (%1)</source>
        <translation>Save the PDF to a file (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="92" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="96" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="97" />
        <source>Close the preview (Esc)</source>
        <translation>Close the preview (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="111" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="115" />
        <source>Not set up: QR orders of this provider go to the manual path.</source>
        <translation>Not set up: QR orders of this provider go to the manual path.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="125" />
        <source>(stored)</source>
        <translation>(stored)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="131" />
        <source>Private key: in the system keyring of this PC</source>
        <translation>Private key: in the system keyring of this PC</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="133" />
        <source>Private key: in a key file readable only by this user (no system keyring). Anyone who can log in as this user can read it.</source>
        <translation>Private key: in a key file readable only by this user (no system keyring). Anyone who can log in as this user can read it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="136" />
        <source>Private key: not on this PC — choose the key file</source>
        <translation>Private key: not on this PC — choose the key file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="144" />
        <source>Choose the merchant private key</source>
        <translation>Choose the merchant private key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="146" />
        <source>Choose the provider key</source>
        <translation>Choose the provider key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="148" />
        <source>Keys and certificates (*.pem *.crt *.cer *.txt *.key)</source>
        <translation>Keys and certificates (*.pem *.crt *.cer *.txt *.key)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="190" />
        <source>Asking the provider…</source>
        <translation>Asking the provider…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="214" />
        <source>Alipay app_id</source>
        <translation>Alipay app_id</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="216" />
        <source>Merchant no. (mchid)</source>
        <translation>Merchant no. (mchid)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="219" />
        <source>Alipay public key</source>
        <translation>Alipay public key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="221" />
        <source>Platform certificate</source>
        <translation>Platform certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="224" />
        <source>App private key</source>
        <translation>App private key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="226" />
        <source>Merchant API private key</source>
        <translation>Merchant API private key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="229" />
        <source>AppID</source>
        <translation>AppID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="230" />
        <source>Merchant certificate serial</source>
        <translation>Merchant certificate serial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="230" />
        <source>Gateway URL</source>
        <translation>Gateway URL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="231" />
        <source>Platform serial / key ID</source>
        <translation>Platform serial / key ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="232" />
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="232" />
        <source>Key storage</source>
        <translation>Key storage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="237" />
        <location filename="../../ui/dialogs/qr_settings.py" line="238" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="239" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="240" />
        <source>empty: the provider's live gateway</source>
        <translation>empty: the provider's live gateway</translation>
    </message>
</context>
<context>
    <name>ProviderQueryBox</name>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="106" />
        <source>Asking the provider…</source>
        <translation>Asking the provider…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="122" />
        <source>Not asked yet.</source>
        <translation>Not asked yet.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="135" />
        <source>{provider}: {state} ({code}) · {amount} · asked {asked}</source>
        <translation>{provider}: {state} ({code}) · {amount} · asked {asked}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="167" />
        <source>✔ All done: the case is closed on the provider's answer; no money had to move. The signed answer is kept as its evidence.</source>
        <translation>✔ All done: the case is closed on the provider's answer; no money had to move. The signed answer is kept as its evidence.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="174" />
        <source>What the QR provider says (查单)</source>
        <translation>What the QR provider says (查单)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="175" />
        <source>Query the provider again</source>
        <translation>Query the provider again</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/qr_query.py" line="176" />
        <source>Close the case on this answer</source>
        <translation>Close the case on this answer</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="8" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="9" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="10" />
        <source>&amp;File name:</source>
        <translation>&amp;File name:</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="14" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="11" />
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12" />
        <source>Page &amp;order:</source>
        <translation>Page &amp;order:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13" />
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;per sheet:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="17" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18" />
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19" />
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20" />
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21" />
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
</context>
<context>
    <name>QUnixPrintWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="15" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16" />
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
</context>
<context>
    <name>QrSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="291" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="297" />
        <source>QR payment providers</source>
        <translation>QR payment providers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="298" />
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="299" />
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="300" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_settings.py" line="301" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="300" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="301" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="302" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="303" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="304" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="305" />
        <location filename="../../ui/reports_view.py" line="608" />
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="306" />
        <location filename="../../ui/reports_view.py" line="635" />
        <source>Print PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="308" />
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="309" />
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="310" />
        <source>Cashiers</source>
        <translation>Cashiers</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="311" />
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="314" />
        <source>Open orders by step</source>
        <translation>Open orders by step</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="315" />
        <source>Suspended orders per day</source>
        <translation>Suspended orders per day</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="316" />
        <source>By cause</source>
        <translation>By cause</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="317" />
        <source>By the buyer's reason</source>
        <translation>By the buyer's reason</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="318" />
        <source>Voids and refunds per cashier</source>
        <translation>Voids and refunds per cashier</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="319" />
        <source>Cases behind the selected flag (double-click to open):</source>
        <translation>Cases behind the selected flag (double-click to open):</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="344" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="368" />
        <source>Could not load the reports: %1</source>
        <translation>Could not load the reports: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="385" />
        <source>%1 open orders; the oldest has waited %2.</source>
        <translation>%1 open orders; the oldest has waited %2.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="414" />
        <source>%1 suspended orders, %2 cases: voided %3, refunded %4, closed %5, open %6; rejected at least once %7, escalated %8. Median time to resolve: %9.</source>
        <translation>%1 suspended orders, %2 cases: voided %3, refunded %4, closed %5, open %6; rejected at least once %7, escalated %8. Median time to resolve: %9.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="435" />
        <source>Suspended %1; voided %2, refunded %3 (money moved back).</source>
        <translation>Suspended %1; voided %2, refunded %3 (money moved back).</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="442" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="444" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="455" />
        <source>Store median per cashier: %1 voids and refunds, %2 cases.</source>
        <translation>Store median per cashier: %1 voids and refunds, %2 cases.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="470" />
        <source>%1 flags over the last %2 days of the range (the anomaly monitor looks at most a month back). Select one to see its cases.</source>
        <translation>%1 flags over the last %2 days of the range (the anomaly monitor looks at most a month back). Select one to see its cases.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="475" />
        <source>%1 flags over the %2 days of the range. Select one to see its cases.</source>
        <translation>%1 flags over the %2 days of the range. Select one to see its cases.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="496" />
        <source>%1: %2 orders, %3; voided %4, refunded %5, given back %6</source>
        <translation>%1: %2 orders, %3; voided %4, refunded %5, given back %6</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="498" />
        <source>%1: %2 orders, %3</source>
        <translation>%1: %2 orders, %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="505" />
        <source>By payment channel:</source>
        <translation>By payment channel:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="559" />
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="560" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="445" />
        <location filename="../../ui/reports_view.py" line="561" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="562" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="563" />
        <source>Sold by</source>
        <translation>Sold by</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="564" />
        <source>Voided/refunded by</source>
        <translation>Voided/refunded by</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="565" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="566" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="588" />
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="588" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="623" />
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="672" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="111" />
        <source>Photo of the terminal's print-out</source>
        <translation>Photo of the terminal's print-out</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="113" />
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="124" />
        <source>Choose what the terminal's records show.</source>
        <translation>Choose what the terminal's records show.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="127" />
        <source>Attach a photo of the print-out.</source>
        <translation>Attach a photo of the print-out.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="136" />
        <source>Enter the amount in yuan, like 128.00</source>
        <translation>Enter the amount in yuan, like 128.00</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="188" />
        <source>Record what the terminal's records show</source>
        <translation>Record what the terminal's records show</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="191" />
        <source>The terminal cannot tell the app what became of the last command. Print the terminal's last transaction or its journal (see the terminal's menu), read it, and record what it shows. Do not void or refund again on the terminal.</source>
        <translation>The terminal cannot tell the app what became of the last command. Print the terminal's last transaction or its journal (see the terminal's menu), read it, and record what it shows. Do not void or refund again on the terminal.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="196" />
        <source>The terminal's print-out shows</source>
        <translation>The terminal's print-out shows</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="199" />
        <source>The sale was voided (the money went back)</source>
        <translation>The sale was voided (the money went back)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="201" />
        <source>The refund went through</source>
        <translation>The refund went through</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="203" />
        <source>Nothing was done: the sale still stands</source>
        <translation>Nothing was done: the sale still stands</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="204" />
        <source>Its numbers, if the print-out shows them</source>
        <translation>Its numbers, if the print-out shows them</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="206" />
        <source>Reference no. (12 digits)</source>
        <translation>Reference no. (12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="207" />
        <source>Auth code (6)</source>
        <translation>Auth code (6)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="208" />
        <source>Trace no. (6 digits)</source>
        <translation>Trace no. (6 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="209" />
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="210" />
        <source>What you read</source>
        <translation>What you read</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="211" />
        <source>Photo of the print-out</source>
        <translation>Photo of the print-out</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="212" />
        <source>Confirming lead</source>
        <translation>Confirming lead</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="213" />
        <source>Lead's PIN</source>
        <translation>Lead's PIN</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="217" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/resolve_dialog.py" line="219" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="36" />
        <location filename="../../ui/session.py" line="88" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="188" />
        <source>The terminal is working: switch user once it has answered.</source>
        <translation>The terminal is working: switch user once it has answered.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="206" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="209" />
        <source>Simulated terminal</source>
        <translation>Simulated terminal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="211" />
        <source>%1 — terminal on the network</source>
        <translation>%1 — terminal on the network</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="242" />
        <source>Asking the terminal…</source>
        <translation>Asking the terminal…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="257" />
        <source>The terminal answered (%1). It says it is terminal no. %2.</source>
        <translation>The terminal answered (%1). It says it is terminal no. %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="261" />
        <source>The terminal answered (%1). This protocol does not say which terminal it is: make sure it is the one with this counter's terminal number.</source>
        <translation>The terminal answered (%1). This protocol does not say which terminal it is: make sure it is the one with this counter's terminal number.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="266" />
        <source>No answer (%1): %2</source>
        <translation>No answer (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="324" />
        <source>The approval threshold must be an amount in yuan, like 5000.00.</source>
        <translation>The approval threshold must be an amount in yuan, like 5000.00.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="367" />
        <source>Training mode is starting in a new window.</source>
        <translation>Training mode is starting in a new window.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="375" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="376" />
        <source>QR payment providers (Alipay, WeChat Pay)…</source>
        <translation>QR payment providers (Alipay, WeChat Pay)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="377" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="378" />
        <source>This counter's card terminal</source>
        <translation>This counter's card terminal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="379" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="380" />
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="382" />
        <source>Merchant name</source>
        <translation>Merchant name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="383" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="384" />
        <source>Lock after idle (minutes)</source>
        <translation>Lock after idle (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="385" />
        <source>Slip printer</source>
        <translation>Slip printer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="386" />
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="387" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="388" />
        <source>Baud rate</source>
        <translation>Baud rate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="389" />
        <source>Data bits, parity, stop bits</source>
        <translation>Data bits, parity, stop bits</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="390" />
        <source>ACK timeout (ms)</source>
        <translation>ACK timeout (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="391" />
        <source>Answer timeout (ms)</source>
        <translation>Answer timeout (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="392" />
        <source>Inter-byte timeout (ms)</source>
        <translation>Inter-byte timeout (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="393" />
        <source>Admin approval above (yuan)</source>
        <translation>Admin approval above (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="394" />
        <source>Refund window (days)</source>
        <translation>Refund window (days)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="399" />
        <source>e.g. serial:/dev/ttyS0?baudrate=9600 (empty: none)</source>
        <translation>e.g. serial:/dev/ttyS0?baudrate=9600 (empty: none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="402" />
        <source>Start training mode (practice database, simulated terminal)</source>
        <translation>Start training mode (practice database, simulated terminal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="404" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ShiftHandoverBox</name>
    <message>
        <location filename="../../ui/shift_handover.py" line="132" />
        <source>Choose who takes over.</source>
        <translation>Choose who takes over.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="184" />
        <source>Handover slip</source>
        <translation>Handover slip</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="185" />
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="187" />
        <source>Printing is not installed yet.</source>
        <translation>Printing is not installed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="192" />
        <source>This shift's money and the handover</source>
        <translation>This shift's money and the handover</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="193" />
        <source>Handing over</source>
        <translation>Handing over</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="194" />
        <source>Taking over</source>
        <translation>Taking over</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="195" />
        <location filename="../../ui/shift_handover.py" line="196" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="197" />
        <source>Sign the handover</source>
        <translation>Sign the handover</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="199" />
        <source>Both enter their own PIN; the handover is recorded in the operation log</source>
        <translation>Both enter their own PIN; the handover is recorded in the operation log</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="201" />
        <source>Print handover slip</source>
        <translation>Print handover slip</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="226" />
        <source>Shift from %1 to %2</source>
        <translation>Shift from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="231" />
        <source>Carried over to the next shift: %1 case(s) in progress (%2).</source>
        <translation>Carried over to the next shift: %1 case(s) in progress (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="237" />
        <source>Handed over by %1 to %2 at %3, both PINs confirmed.</source>
        <translation>Handed over by %1 to %2 at %3, both PINs confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_handover.py" line="244" />
        <source>Last handover: %1. This shift began then.</source>
        <translation>Last handover: %1. This shift began then.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="48" />
        <source>every window</source>
        <translation>every window</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="49" />
        <source>main window</source>
        <translation>main window</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50" />
        <source>cancellation wizard</source>
        <translation>cancellation wizard</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51" />
        <source>print preview</source>
        <translation>print preview</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64" />
        <source>Start or resume the selected order's case</source>
        <translation>Start or resume the selected order's case</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="67" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71" />
        <source>Approve or reject (shift lead)</source>
        <translation>Approve or reject (shift lead)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="76" />
        <source>Import orders from a file</source>
        <translation>Import orders from a file</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="81" />
        <source>Print the application form</source>
        <translation>Print the application form</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="84" />
        <source>Print the slip</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="85" />
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="86" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="87" />
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="88" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="92" />
        <source>Print a batch of forms</source>
        <translation>Print a batch of forms</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="98" />
        <source>Check the terminal's journal</source>
        <translation>Check the terminal's journal</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="104" />
        <source>Settle the terminal's batch</source>
        <translation>Settle the terminal's batch</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="107" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="108" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="109" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110" />
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="111" />
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="113" />
        <source>Save and close, or close</source>
        <translation>Save and close, or close</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115" />
        <source>Escalate to a shift lead</source>
        <translation>Escalate to a shift lead</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="116" />
        <source>Withdraw the case</source>
        <translation>Withdraw the case</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="117" />
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="43" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="45" />
        <source>Each key means the same everywhere in guadan. F-keys for the common actions.</source>
        <translation>Each key means the same everywhere in guadan. F-keys for the common actions.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="47" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="47" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="47" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="90" />
        <location filename="../../ui/dialogs/signin.py" line="132" />
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="127" />
        <source>Enter your name and PIN.</source>
        <translation>Enter your name and PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="151" />
        <location filename="../../ui/dialogs/signin.py" line="165" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="153" />
        <location filename="../../ui/dialogs/signin.py" line="159" />
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="155" />
        <location filename="../../ui/dialogs/signin.py" line="161" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="157" />
        <source>guadan — suspended orders</source>
        <translation>guadan — suspended orders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="163" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="164" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="167" />
        <source>Quit guadan</source>
        <translation>Quit guadan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="167" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="170" />
        <source>Switch user: sign in</source>
        <translation>Switch user: sign in</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/main.py" line="180" />
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="238" />
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
    <name>SummaryView</name>
    <message>
        <location filename="../../ui/wizard/summary.py" line="95" />
        <source>Save the application form</source>
        <translation>Save the application form</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="97" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="109" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="142" />
        <source>The slip was printed.</source>
        <translation>The slip was printed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="164" />
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="168" />
        <source>Printing is not installed yet.</source>
        <translation>Printing is not installed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="176" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="177" />
        <location filename="../../ui/wizard/summary.py" line="251" />
        <source>Response code</source>
        <translation>Response code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="178" />
        <source>Auth code</source>
        <translation>Auth code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="179" />
        <source>Operation / trace no.</source>
        <translation>Operation / trace no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="180" />
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="181" />
        <source>Fee effect</source>
        <translation>Fee effect</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="182" />
        <source>Executed at</source>
        <translation>Executed at</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="186" />
        <location filename="../../ui/wizard/summary.py" line="261" />
        <source>The terminal's answer</source>
        <translation>The terminal's answer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="187" />
        <source>Print form</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="189" />
        <source>Print the application form (%1)</source>
        <translation>Print the application form (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="193" />
        <source>Save the application form as PDF (%1)</source>
        <translation>Save the application form as PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="199" />
        <source>Print the slip for the customer (%1)</source>
        <translation>Print the slip for the customer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="213" />
        <source>Cancelled at the provider</source>
        <translation>Cancelled at the provider</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="215" />
        <source>Refunded through the provider</source>
        <translation>Refunded through the provider</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="217" />
        <source>All done</source>
        <translation>All done</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="222" />
        <source>Void recorded by hand</source>
        <translation>Void recorded by hand</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="222" />
        <source>Refund recorded by hand</source>
        <translation>Refund recorded by hand</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="244" />
        <source>Provider's answer</source>
        <translation>Provider's answer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="245" />
        <source>Provider's trade no.</source>
        <translation>Provider's trade no.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="248" />
        <source>Recorded by hand, confirmed by %1</source>
        <translation>Recorded by hand, confirmed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="249" />
        <source>How recorded</source>
        <translation>How recorded</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="255" />
        <source>Recorded by hand</source>
        <translation>Recorded by hand</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="258" />
        <source>%1's answer</source>
        <translation>%1's answer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="247" />
        <location filename="../../ui/wizard/summary.py" line="263" />
        <source>a shift lead</source>
        <translation>a shift lead</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="266" />
        <source>confirmed by %1.</source>
        <translation>confirmed by %1.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="270" />
        <source>Recorded by hand from the terminal's slip, confirmed by %1.</source>
        <translation>Recorded by hand from the terminal's slip, confirmed by %1.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="191" />
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="197" />
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="219" />
        <source>Void done</source>
        <translation>Void done</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="219" />
        <source>Refund done</source>
        <translation>Refund done</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="227" />
        <source>%1 of fees comes back to the store</source>
        <translation>%1 of fees comes back to the store</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="229" />
        <source>%1 — the fee is not returned</source>
        <translation>%1 — the fee is not returned</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="278" />
        <source>%1's own query confirms it: %2. The provider's trade no. %3. All done: the case is archived and its evidence is locked.</source>
        <translation>%1's own query confirms it: %2. The provider's trade no. %3. All done: the case is archived and its evidence is locked.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/summary.py" line="284" />
        <source>The case is archived and its evidence is locked.</source>
        <translation>The case is archived and its evidence is locked.</translation>
    </message>
</context>
<context>
    <name>UserBar</name>
    <message>
        <location filename="../../ui/user_bar.py" line="41" />
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../ui/user_bar.py" line="45" />
        <source>%1 (%2)</source>
        <comment>user name (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/user_bar.py" line="50" />
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/user_bar.py" line="52" />
        <source>Save open work and let another user sign in (%1)</source>
        <translation>Save open work and let another user sign in (%1)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="178" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="178" />
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="180" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="205" />
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="205" />
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="216" />
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="246" />
        <source>%1 enabled.</source>
        <translation>%1 enabled.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="246" />
        <source>%1 disabled.</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="262" />
        <source>PIN of %1 reset.</source>
        <translation>PIN of %1 reset.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="268" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="269" />
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="270" />
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="272" />
        <location filename="../../ui/dialogs/users_dialog.py" line="277" />
        <location filename="../../ui/dialogs/users_dialog.py" line="282" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="272" />
        <location filename="../../ui/dialogs/users_dialog.py" line="283" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="272" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="272" />
        <location filename="../../ui/dialogs/users_dialog.py" line="284" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="274" />
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="275" />
        <source>New PIN (6+ digits)</source>
        <translation>New PIN (6+ digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="276" />
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="278" />
        <source>PIN (6+ digits)</source>
        <translation>PIN (6+ digits)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="279" />
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="280" />
        <source>Optional: printed on the forms they file</source>
        <translation>Optional: printed on the forms they file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="285" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="286" />
        <source>PIN again</source>
        <translation>PIN again</translation>
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
        <source>Suspension cause</source>
        <translation>Suspension cause</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="147" />
        <source>Sale time</source>
        <translation>Sale time</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/step_verify.py" line="151" />
        <source>Sale funding</source>
        <translation>Sale funding</translation>
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
        <location filename="../../ui/wizard/common.py" line="197" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="509" />
        <source>Wait until the terminal has answered.</source>
        <translation>Wait until the terminal has answered.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="536" />
        <source>Not saved: fix the marked fields, or press Esc again to close without saving.</source>
        <translation>Not saved: fix the marked fields, or press Esc again to close without saving.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="592" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="596" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="602" />
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="604" />
        <source>Close the case without moving money; the order stays suspended (Ctrl+W)</source>
        <translation>Close the case without moving money; the order stays suspended (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="606" />
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="608" />
        <source>Save this step and close; resume later on any counter (Esc)</source>
        <translation>Save this step and close; resume later on any counter (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="610" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="612" />
        <source>The previous step, until the application is submitted (Alt+Left)</source>
        <translation>The previous step, until the application is submitted (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="614" />
        <source>Save this step and go on (Enter)</source>
        <translation>Save this step and go on (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="621" />
        <location filename="../../ui/wizard/dialog.py" line="622" />
        <source>Cancel suspended order</source>
        <translation>Cancel suspended order</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="624" />
        <source>Opening the case…</source>
        <translation>Opening the case…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="629" />
        <source>Cancel suspended order · No. %1 · %2</source>
        <translation>Cancel suspended order · No. %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="635" />
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="637" />
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dialog.py" line="639" />
        <source>[Training]</source>
        <translation>[Training]</translation>
    </message>
</context>
</TS>