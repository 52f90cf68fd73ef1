/** The programme-result module's GraphQL output types and enums, apart from its entities. */
import { Field, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../reference/municipality.entity.js';
import { ProgrammeItem } from './programme-item.js';
import { ProgrammeResult } from './programme-result.entity.js';

@ObjectType({ description: 'Everything counted under one programme item in a year.' })
export class ProgrammeReportItem {
  @Field(() => ProgrammeItem, { description: 'The item.' })
  item!: ProgrammeItem;

  @Field(() => String, { description: 'Its official label, e.g. （カ）医療・介護関係者の研修.' })
  label!: string;

  @Field(() => [ProgrammeResult], { description: 'Results counted under it.' })
  results!: ProgrammeResult[];

  @Field(() => Int, { description: 'Sessions in all.' })
  sessions!: number;

  @Field(() => Int, { description: 'Participants in all.' })
  participants!: number;
}

@ObjectType({ description: "A municipality's report of a fiscal year: what it counts under each item (ア)–(ク)." })
export class ProgrammeReport {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  @Field(() => Int, { description: 'Fiscal year.' })
  fiscalYear!: number;

  @Field(() => String, { description: 'Fiscal year in era form.' })
  fiscalYearLabel!: string;

  @Field(() => [ProgrammeReportItem], { description: 'All eight items, in order, with what was counted.' })
  items!: ProgrammeReportItem[];

  @Field(() => Int, { description: 'Sessions over all items.' })
  totalSessions!: number;

  @Field(() => Int, { description: 'Participants over all items.' })
  totalParticipants!: number;

  @Field(() => String, { description: 'The report as CSV (UTF-8 with BOM, opens in Excel).' })
  csv!: string;

  @Field(() => String, { description: 'Path of the same CSV as a download, saved under its official name (市町村実績_<municipality>_<era year>.csv).' })
  csvPath!: string;
}
