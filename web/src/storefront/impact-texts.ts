import { addTexts } from '../shared/i18n';

/** Texts of the public jobs impact summary, in English and Simplified Chinese. */
addTexts('impact', {
  en: {
    title: 'Jobs at US small businesses',
    intro:
      'The operator promised that selling through Meridian would create one million jobs at one million US small businesses within five years. This page shows how far that has come, from the quarterly headcount reports merchants attest. Every figure says how it is counted; reported new hires and the jobs-supported estimate are different measures and are never added together.',
    top_states: 'Top US states',
    top_states_desc: 'The states with the most reported new hires since the start.',
    no_data: 'No quarter has been reported yet.',
    about: 'What the figures do not say',
    about_text:
      'New hires are what merchants report and attest; Meridian does not audit payrolls. The estimate of jobs supported depends on the share of each merchant’s revenue that comes through the platform, which merchants may leave unreported. No figure names a merchant.',
  },
  'zh-CN': {
    title: '美国小企业的就业',
    intro:
      '运营方承诺：通过 Meridian 平台销售，将在五年内为一百万家美国小企业创造一百万个就业岗位。本页根据商家经确认的季度员工报告，展示这一承诺的进展。每项数据都注明了统计方法；报告的新增雇员与支撑的就业岗位（估算）是两种不同的指标，从不相加。',
    top_states: '排名靠前的美国州',
    top_states_desc: '自计划开始以来报告新增雇员最多的州。',
    no_data: '尚无任何季度的报告。',
    about: '这些数据不能说明什么',
    about_text:
      '新增雇员是商家报告并确认的数据，Meridian 不审核工资单。支撑的就业岗位估算取决于各商家收入中来自平台的比例，而商家可以不报告总收入。所有数据均不涉及具体商家名称。',
  },
});

/** The footer's link to this page. */
addTexts('footer', {
  en: { impact: 'Jobs impact' },
  'zh-CN': { impact: '就业影响' },
});
