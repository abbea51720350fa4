import { formatDateTime } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatUnitPrice, productUnitLabel } from "./provider-rules";

export const PricesTable_ProductFragment = graphql(`
  fragment PricesTable_ProductFragment on Product {
    id
    sku
    name
    category
    unit
    unitPrice {
      amount
      currency
    }
    priceEffectiveFrom
  }
`);

/** The catalog's products with the price in force now (excl. VAT, every decimal kept) and since when. */
export function PricesTable(props: { products: readonly FragmentType<typeof PricesTable_ProductFragment>[] }) {
  const products = props.products.map((product) => getFragmentData(PricesTable_ProductFragment, product));
  if (products.length === 0) return <p className="placeholder">The catalog has no products yet.</p>;
  return (
    <div className="table-scroll">
      <table className="vm-table">
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">SKU</th>
            <th scope="col" className="num">
              Price excl. VAT
            </th>
            <th scope="col">In force since</th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id} data-testid="product-row" data-sku={product.sku}>
              <th scope="row">{product.name}</th>
              <td>
                <code>{product.sku}</code>
              </td>
              <td className="num" data-testid="product-price">
                {formatUnitPrice(product.unitPrice)} <span className="muted">{productUnitLabel(product.unit)}</span>
              </td>
              <td className="nowrap">{formatDateTime(product.priceEffectiveFrom)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
