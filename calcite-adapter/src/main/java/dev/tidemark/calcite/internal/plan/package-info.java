/** Planner nodes and rules that push SQL operators into engine reads and writes. */
package dev.tidemark.calcite.internal.plan;
