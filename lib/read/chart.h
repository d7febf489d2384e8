/* chart.h: a chart's text as a PDF's text gives it, one label or value to a
 * line between a figure's title and its source (private, part of layout). */
#ifndef PARALIGN_CHART_H
#define PARALIGN_CHART_H

#include <stddef.h>

struct paralign_layout_ctx;

/* A chart's value: a short line without letters that is more than a number
 * ("%", "0%", "≥ 20", "10–19"). */
int paralign_is_chart_value(const char *s, size_t len);
/* Line i is a line of a chart's text: one block with the chart's other lines. */
int paralign_chart_line(const struct paralign_layout_ctx *L, size_t i);
/* Line i opens a figure's title, after a sentence and before its chart. */
int paralign_chart_title(const struct paralign_layout_ctx *L, size_t i);

#endif
