import { addressCount, type LayoutPart, type NetworkLayout } from "./network-layout";

/** The bar is drawn in these units; the SVG stretches to the width of its box. */
const WIDTH = 1000;
const HEIGHT = 32;
/** A single address of a /8 would be invisible: the gateway and allocations keep a minimum width. */
const MIN_MARK = 3;

interface RangeBarProps {
  layout: NetworkLayout;
  /** Allocated addresses as positions on the bar (see `allocationMarks`). */
  allocations?: readonly number[];
  testId?: string;
}

const summaryOf = (layout: NetworkLayout, allocationCount: number | undefined) =>
  [
    layout.subnetText,
    ...layout.parts.map((part) => (part.problem ? `${part.text}: ${part.problem}` : part.text)),
    ...(allocationCount === undefined ? [] : [`${addressCount(allocationCount)} allocated`]),
  ].join(". ");

function Segment({ part }: { part: LayoutPart }) {
  if (!part.position) return null;
  const width = Math.max(part.position.width * WIDTH, part.kind === "gateway" ? MIN_MARK : 0);
  return (
    <rect
      className={`range-bar-${part.kind}${part.problem ? " range-bar-problem" : ""}`}
      x={part.position.x * WIDTH}
      y={part.kind === "gateway" ? 0 : 4}
      width={width}
      height={part.kind === "gateway" ? HEIGHT : HEIGHT - 8}
      data-testid={`bar-${part.kind}`}
    />
  );
}

/**
 * A network's address space as a bar: the whole subnet, with its gateway, DHCP range, static
 * range and allocated addresses as coloured marks. The legend says the same in words (and what
 * is wrong with a part as typed), and the drawing carries it as its accessible name.
 */
export function RangeBar({ layout, allocations, testId = "range-bar" }: RangeBarProps) {
  return (
    <figure className="range-bar" data-testid={testId}>
      {layout.subnet && (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={summaryOf(layout, allocations?.length)}
        >
          <rect className="range-bar-subnet" x={0} y={0} width={WIDTH} height={HEIGHT} />
          {layout.parts.map((part) => (
            <Segment key={part.kind} part={part} />
          ))}
          {allocations?.map((x, index) => (
            <rect
              key={index}
              className="range-bar-allocation"
              x={x * WIDTH}
              y={0}
              width={MIN_MARK}
              height={HEIGHT}
              data-testid="bar-allocation"
            />
          ))}
        </svg>
      )}
      <figcaption>
        <ul className="range-legend">
          <li data-testid="legend-subnet">
            <span className="range-swatch range-bar-subnet" aria-hidden="true" />
            {layout.subnetText}
          </li>
          {layout.parts.map((part) => (
            <li key={part.kind} data-testid={`legend-${part.kind}`}>
              <span className={`range-swatch range-bar-${part.kind}`} aria-hidden="true" />
              {part.text}
              {part.problem && <span className="range-problem"> — {part.problem}</span>}
            </li>
          ))}
          {allocations !== undefined && (
            <li data-testid="legend-allocations">
              <span className="range-swatch range-bar-allocation" aria-hidden="true" />
              {addressCount(allocations.length)} allocated
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
