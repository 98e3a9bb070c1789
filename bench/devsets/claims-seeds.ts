/**
 * Dev set (b2), a second domain: claims written against the five seed articles (real news
 * about the US asking allies to shun Huawei, 2018; read from the reference data beside the
 * checkout, never copied in), typed as a researcher would, with judgments made by reading
 * them (2 — states or contradicts the claim; 1 — bears on it) and the phrase of each article's
 * evidence passage. Only the claims and phrases are in the repository. Articles are named by
 * file name without the extension.
 */
import type { ClaimJudgments } from './claims-load.js';

const s0 = '000_d04e11a45823d313';
const s1 = '001_950d90b04fa15748';
const s2 = '002_093a7fd7235c0c4c';
const s3 = '003_07ba4e57cb47f406';
const s4 = '004_bb5a8dc446479338';

export const SEED_CLAIMS: readonly ClaimJudgments[] = [
  {
    id: 'seeds-1',
    text: 'The US is urging its allies to stop using Huawei equipment',
    judged: { [s0]: [2, 'urge other countries'], [s1]: [2, 'persuade allies to stop using Huawei'], [s2]: [2, 'persuade mobile operators', 'warning their allies'], [s3]: [2, 'persuade them to stop using'], [s4]: [2, 'persuade international allies', 'briefing allies'] },
  },
  {
    id: 'seeds-2',
    text: 'Washington may offer financial aid to countries that shun Huawei',
    judged: { [s0]: [2, 'financial aid'], [s1]: [2, 'financial incentives'], [s2]: [2, 'increasing financial aid'], [s3]: [2, 'offering financial aid'], [s4]: [2, 'financially support'] },
  },
  {
    id: 'seeds-3',
    text: 'US military bases abroad could be exposed if host countries build networks with Huawei gear',
    judged: { [s0]: [2, 'military bases on foreign soil'], [s1]: [2, 'military bases located overseas'], [s2]: [2, 'host American military bases'], [s3]: [2, 'strong American military presence'], [s4]: [2, 'host US military bases'] },
  },
  { id: 'seeds-4', text: "Huawei's founder was an engineer in the Chinese military", judged: { [s0]: [2, 'former Chinese military engineer'] } },
  {
    id: 'seeds-5',
    text: 'Australia has banned Huawei from its 5G rollout',
    judged: { [s2]: [2, 'lead of Australia in banning'], [s3]: [2, 'Australia followed suit'], [s4]: [2, 'Australia Excludes Huawei'], [s0]: [1, "Australia aren't buying it"] },
  },
  { id: 'seeds-6', text: 'Huawei opened a security centre in Britain so authorities could examine its equipment', judged: { [s2]: [2, 'security centre in the UK'] } },
  { id: 'seeds-7', text: 'ZTE shares dropped 5.6% in Hong Kong', judged: { [s3]: [2, '5.6 percent'] } },
  { id: 'seeds-8', text: 'AT&T and Verizon pulled out of selling the P20 Pro', judged: { [s1]: [2, 'AT&T backed out'] } },
  { id: 'seeds-9', text: 'Huawei already holds 22 commercial 5G contracts', judged: { [s4]: [2, '22 commercial 5G contracts'] } },
  {
    id: 'seeds-10',
    text: 'Huawei denies espionage and says it does not work for any government',
    judged: { [s3]: [2, 'work for any government'], [s2]: [2, 'denied engaging in espionage'], [s0]: [1, 'protest its innocence'] },
  },
  {
    id: 'seeds-11',
    text: 'Bloomberg reported Chinese spy chips were planted in hardware used by American firms',
    judged: { [s1]: [2, 'Super Micro Chinese spy chip'], [s2]: [2, 'installed spy chips'] },
  },
  {
    id: 'seeds-12',
    text: 'German officials want to exclude Chinese vendors from 5G',
    judged: { [s2]: [2, 'German government to ban'], [s0]: [1, 'Germany, Italy, and Japan'], [s1]: [1, 'Germany, Japan, and Italy'], [s3]: [1, 'Germany, Italy and Japan'], [s4]: [1, 'Japan, Italy and Germany'] },
  },
  { id: 'seeds-13', text: 'There is little public evidence that Huawei cannot be trusted', judged: { [s1]: [2, 'scant evidence'] } },
  {
    id: 'seeds-14',
    text: 'The trade war between the US and China has escalated with higher tariffs',
    judged: { [s0]: [2, 'higher tariffs and trade restrictions'], [s2]: [2, 'trade war between the US and China escalates'], [s4]: [1, 'China Tech Tariffs'] },
  },
  { id: 'seeds-15', text: "The US blocked Broadcom's hostile takeover of Qualcomm", judged: { [s2]: [2, 'hostile acquisition of Qualcomm'] } },
  {
    id: 'seeds-16',
    text: 'Government agencies are already barred from using Huawei and ZTE equipment',
    judged: { [s0]: [2, 'illegal to use Huawei and ZTE equipment in government'], [s2]: [2, 'barred Huawei from supplying to the government'], [s3]: [2, 'supplying products to the government'], [s4]: [2, 'Government Agencies Barred'] },
  },
];
