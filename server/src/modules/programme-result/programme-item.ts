import { registerEnumType } from 'type-graphql';

/** Items (ア)–(ク) of the municipalities' 在宅医療・介護連携推進事業, with their official labels. */
export enum ProgrammeItem {
  A_RESOURCES = 'A_RESOURCES',
  I_ISSUES = 'I_ISSUES',
  U_SEAMLESS_PROVISION = 'U_SEAMLESS_PROVISION',
  E_INFORMATION_SHARING = 'E_INFORMATION_SHARING',
  O_CONSULTATION = 'O_CONSULTATION',
  KA_TRAINING = 'KA_TRAINING',
  KI_AWARENESS = 'KI_AWARENESS',
  KU_INTER_MUNICIPAL = 'KU_INTER_MUNICIPAL',
}

export const PROGRAMME_ITEM_LABELS: Record<ProgrammeItem, { mark: string; label: string }> = {
  A_RESOURCES: { mark: '（ア）', label: '地域の医療・介護の資源の把握' },
  I_ISSUES: { mark: '（イ）', label: '在宅医療・介護連携の課題の抽出' },
  U_SEAMLESS_PROVISION: { mark: '（ウ）', label: '切れ目のない在宅医療と介護の提供体制の構築の推進' },
  E_INFORMATION_SHARING: { mark: '（エ）', label: '医療・介護関係者の情報共有の支援' },
  O_CONSULTATION: { mark: '（オ）', label: '在宅医療・介護連携に関する相談支援' },
  KA_TRAINING: { mark: '（カ）', label: '医療・介護関係者の研修' },
  KI_AWARENESS: { mark: '（キ）', label: '地域住民への普及啓発' },
  KU_INTER_MUNICIPAL: { mark: '（ク）', label: '在宅医療・介護連携に関する関係市区町村の連携、広域連携が必要な事項について検討' },
};

export const PROGRAMME_ITEMS = Object.values(ProgrammeItem);

registerEnumType(ProgrammeItem, {
  name: 'ProgrammeItem',
  description: "Item of a municipality's 在宅医療・介護連携推進事業.",
  valuesConfig: Object.fromEntries(PROGRAMME_ITEMS.map((item) => [item, { description: `${PROGRAMME_ITEM_LABELS[item].mark}${PROGRAMME_ITEM_LABELS[item].label}` }])),
});
