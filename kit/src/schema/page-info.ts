import { Directive, Field, ObjectType } from "type-graphql";

/** Where a page of a cursor connection ends. Shared by every subgraph that pages a list. */
@Directive("@shareable")
@ObjectType({ description: "Where a page ends, and whether another follows." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The last edge's cursor: pass it as `after` for the next page. Null on an empty page.",
  })
  endCursor!: string | null;
}
