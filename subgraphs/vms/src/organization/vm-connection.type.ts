import { PageInfo } from "@dcx/kit";
import { Field, ObjectType } from "type-graphql";
import { Vm } from "../vm/vm.type";
import type { VmFilter } from "./vm-list.args";

@ObjectType({ description: "One VM in a page, with the cursor that points just after it." })
export class VmEdge {
  @Field(() => String, { description: "Opaque; pass it as `after` to continue after this VM." })
  cursor!: string;

  @Field(() => Vm)
  node!: Vm;
}

@ObjectType({ description: "A page of an organisation's VMs, by name ignoring case." })
export class VmConnection {
  @Field(() => [VmEdge])
  edges!: VmEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** For `totalCount`: the organisation and the filters of the page; null when the caller cannot see it. */
  organizationId!: string | null;
  filter!: VmFilter;
}
