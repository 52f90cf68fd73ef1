import { AppError } from '../../platform/errors.js';

export enum ProgrammeResultErrorCode {
  NOT_OWN_MUNICIPALITY = 'NOT_OWN_MUNICIPALITY',
}

export const notOwnMunicipality = () =>
  new AppError(ProgrammeResultErrorCode.NOT_OWN_MUNICIPALITY, {
    ja: '実績を記録・変更・閲覧できるのは、自分の市町村の分だけです。',
    en: 'You can record, change and read results for your own municipality only.',
  });
