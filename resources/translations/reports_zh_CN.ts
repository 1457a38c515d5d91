<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ReportsView</name>
    <message>
      <location filename="../../ui/reports_view.py" line="284" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="285" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="286" />
      <source>Last 7 days</source>
      <translation>近7天</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="287" />
      <source>Last 30 days</source>
      <translation>近30天</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="288" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="289" />
      <location filename="../../work/main/ui/reports_view.py" line="544" />
      <source>Export CSV</source>
      <translation>导出CSV</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="290" />
      <location filename="../../work/main/ui/reports_view.py" line="573" />
      <source>Print PDF</source>
      <translation>打印PDF</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="292" />
      <source>Handover</source>
      <translation>交接</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="293" />
      <source>Causes</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="294" />
      <source>Cashiers</source>
      <translation>收银员</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="295" />
      <source>Anomalies</source>
      <translation>异常</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="298" />
      <source>Open orders by step</source>
      <translation>未结挂单按步骤（笔）</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="299" />
      <source>Suspended orders per day</source>
      <translation>每日挂单（笔）</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="300" />
      <source>By cause</source>
      <translation>按挂单原因（笔）</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="301" />
      <source>By the buyer's reason</source>
      <translation>按买家沟通原因（件）</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="302" />
      <source>Voids and refunds per cashier</source>
      <translation>各收银员撤销与退货（笔）</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="303" />
      <source>Cases behind the selected flag (double-click to open):</source>
      <translation>所选异常涉及的案件（双击打开挂单）：</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="328" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="352" />
      <source>Could not load the reports: %1</source>
      <translation>报表加载失败：%1</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="369" />
      <source>%1 open orders; the oldest has waited %2.</source>
      <translation>未结挂单 %1 笔，最久的已等待 %2。</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="395" />
      <source>%1 suspended orders, %2 cases: voided %3, refunded %4, closed %5, open %6; rejected at least once %7, escalated %8. Median time to resolve: %9.</source>
      <translation>挂单 %1 笔，案件 %2 件：已撤销 %3，已退货 %4，已关闭 %5，处理中 %6；曾被驳回 %7，曾升级 %8。从交易到处理完毕的中位时长：%9。</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="413" />
      <source>Cause</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="413" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="422" />
      <source>Store median per cashier: %1 voids and refunds, %2 cases.</source>
      <translation>全店每人中位数：撤销与退货 %1 笔，案件 %2 件。</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="436" />
      <source>%1 flags over the %2 days of the range. Select one to see its cases.</source>
      <translation>所选 %2 天内共 %1 项异常。选中一项可查看涉及的案件。</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="495" />
      <source>Case no.</source>
      <translation>案件编号</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="496" />
      <source>Order no.</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="497" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="498" />
      <source>Card</source>
      <translation>卡号</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="499" />
      <source>Sold by</source>
      <translation>收款收银员</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="500" />
      <source>Voided/refunded by</source>
      <translation>撤销/退货人</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="501" />
      <source>When</source>
      <translation>执行时间</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="502" />
      <source>Route</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="524" />
      <source>Void</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="524" />
      <source>Refund</source>
      <translation>退货</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="560" />
      <source>Could not save %1: %2</source>
      <translation>无法保存 %1：%2</translation>
    </message>
    <message>
      <location filename="../../ui/reports_view.py" line="606" />
      <source>Saved: %1</source>
      <translation>已保存：%1</translation>
    </message>
  </context>
</TS>