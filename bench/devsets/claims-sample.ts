/**
 * Dev set (b1): claims written against Warrant's built-in sample corpus (sample/articles, the
 * fictional Port Aldren story), typed as a researcher would, with judgments made by reading
 * the six articles: 2 — the article states or contradicts the claim; 1 — it bears on it
 * (background, a related figure). Each judgment names a phrase of the passage that carries the
 * evidence (or several, when more than one passage says it), so the passage picked for the
 * article can be checked too. Articles are named by
 * file name without the extension.
 */
import type { ClaimJudgments } from './claims-load.js';

const courier = '2025-02-11-aldren-courier-tariff-draft';
const council = '2025-03-03-council-press-release-tariff';
const crab = '2025-04-16-coastline-weekly-crab-catches';
const survey = '2025-05-08-harbour-radio-marine-survey';
const ledger = '2025-06-02-southcoast-ledger-bills-analysis';
const opinion = '2025-06-19-headland-post-opinion-drought-insurance';

export const SAMPLE_CLAIMS: readonly ClaimJudgments[] = [
  { id: 'sample-1', text: 'Crab catches near the desalination plant have fallen by a third since it opened', judged: { [crab]: [2, '34 per cent lower', 'fallen by about a third'], [survey]: [2, 'fallen by a third'] } },
  { id: 'sample-2', text: 'The brine outfall has no measurable effect beyond 150 metres', judged: { [survey]: [2, 'beyond about 150 metres'], [opinion]: [2, 'beyond 150 metres'], [crab]: [1, 'permitted mixing zone'] } },
  { id: 'sample-3', text: 'Water bills rose by 9 percent', judged: { [council]: [2, 'rise by 9 per cent'], [ledger]: [2, 'not the 9 per cent'], [opinion]: [2, 'rise by 9 per cent'], [courier]: [1, '18 per cent'] } },
  {
    id: 'sample-4',
    text: 'Once the supply security charge is included, typical household bills went up about 14%',
    judged: { [ledger]: [2, 'roughly 14 per cent', 'around 14 per cent'], [opinion]: [2, 'closer to 14 per cent'], [council]: [1, 'separate supply security charge'] },
  },
  { id: 'sample-5', text: 'Draft budget papers modelled an 18% rise in the water tariff', judged: { [courier]: [2, '18 per cent'] } },
  { id: 'sample-6', text: 'The desalination plant cost £52m', judged: { [council]: [2, '£52 million'], [courier]: [2, '£48 million'] } },
  {
    id: 'sample-7',
    text: 'The plant can produce 12 million litres of drinking water a day',
    judged: { [courier]: [2, '12 million litres'], [council]: [2, '10 million litres'], [ledger]: [2, '6.8 million litres'] },
  },
  { id: 'sample-8', text: 'The plant runs well below capacity, so every litre costs more', judged: { [ledger]: [2, 'below its capacity'] } },
  {
    id: 'sample-9',
    text: 'The mayor promised the increase would be less than a cup of coffee a week',
    judged: { [ledger]: [2, 'cup of coffee a week'], [council]: [2, 'price of a cup of coffee'] },
  },
  {
    id: 'sample-10',
    text: 'The marine survey covered only one cold spring and cannot rule out effects in summer',
    judged: { [survey]: [2, 'rule out effects in summer'], [opinion]: [2, 'one cold spring'] },
  },
  {
    id: 'sample-11',
    text: "Fishermen want ClearTide's outfall monitoring data published every week",
    judged: { [crab]: [2, 'every week rather than every quarter'], [opinion]: [2, 'published weekly'], [survey]: [1, 'raw data'] },
  },
  {
    id: 'sample-12',
    text: 'Opposition councillor calls for the ClearTide contract to be made public',
    judged: { [courier]: [2, 'full ClearTide contract to be published'], [ledger]: [2, 'publishing the ClearTide contract'], [opinion]: [1, 'publishing the ClearTide contract'] },
  },
  { id: 'sample-13', text: 'Households on council tax support are exempt from the increase', judged: { [council]: [2, 'increase waived'] } },
  {
    id: 'sample-14',
    text: 'Port Aldren had hosepipe bans and emergency water tankers in recent summers',
    judged: { [courier]: [2, 'hosepipe bans and emergency tankers'], [opinion]: [2, 'summer of the tankers'], [council]: [1, 'tankers and hosepipe bans'] },
  },
  {
    id: 'sample-15',
    text: 'The new plant makes the town drought-proof',
    judged: { [courier]: [2, 'drought-proof'], [opinion]: [2, 'no such thing as “drought-proof”'], [council]: [1, 'does not depend on rainfall'] },
  },
  { id: 'sample-16', text: 'People living alone on low-use bills pay around 19% more', judged: { [ledger]: [2, 'about 19 per cent more'], [opinion]: [1, 'people living alone more still'] } },
  {
    id: 'sample-17',
    text: 'Reverse osmosis needs so much electricity that bills depend on energy prices',
    judged: { [courier]: [2, 'swings in energy prices'], [council]: [1, 'uses reverse osmosis'] },
  },
  { id: 'sample-18', text: 'Survey pots caught brown crab in numbers close to the 2023 baseline', judged: { [survey]: [2, '2023 baseline'], [crab]: [1, 'brown crab landings'] } },
  {
    id: 'sample-19',
    text: 'The council pays ClearTide about £3.1m a year in capacity charges regardless of output',
    judged: { [courier]: [2, '£3.1 million a year'], [ledger]: [1, 'payments to ClearTide are fixed'] },
  },
  {
    id: 'sample-20',
    text: '+1 the operator monitors salinity continuously and reports to the regulator quarterly',
    judged: { [council]: [2, 'monitor salinity continuously'], [crab]: [1, 'salinity readings'] },
  },
];
