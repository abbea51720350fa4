import { PageInfo } from "@dcx/kit";
import { Field, ObjectType } from "type-graphql";
import { VmAlert } from "./vm-alert.type";

@ObjectType()
export class VmAlertEdge {
  @Field(() => String, { description: "Opaque; pass it as `after` to continue after this alert." }) cursor!: string;
  @Field(() => VmAlert) node!: VmAlert;
}

@ObjectType({ description: "A page of alerts." })
export class VmAlertConnection {
  @Field(() => [VmAlertEdge]) edges!: VmAlertEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
