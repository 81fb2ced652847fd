package main

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// drawScale draws how the costs measured by `visitbot bench --scale` grow
// with the corpus, on log-log axes, each panel with its goal as a dashed
// line: answer time and reopen time; build time; memory and disk.
func drawScale(path string, rows []scaleRow) error {
	if len(rows) == 0 {
		return fmt.Errorf("chart: nothing measured")
	}
	series := func(f func(scaleRow) float64) plotter.XYs {
		xy := make(plotter.XYs, len(rows))
		for i, r := range rows {
			xy[i].X, xy[i].Y = float64(r.Sentences), max(f(r), 1e-3) // log axes need positive values
		}
		return xy
	}
	msOf := func(d time.Duration) float64 { return float64(d) / 1e6 }
	mibOf := func(b int64) float64 { return float64(b) / (1 << 20) }

	latency, err := panel("answer and reopen", "milliseconds", scaleGoals.AnswerP99.Seconds()*1000, "p99 goal",
		"answer p50", series(func(r scaleRow) float64 { return msOf(r.AnswerP50) }),
		"answer p99", series(func(r scaleRow) float64 { return msOf(r.AnswerP99) }),
		"reopen", series(func(r scaleRow) float64 { return msOf(r.Reopen) }))
	if err != nil {
		return err
	}
	addGoal(latency, scaleGoals.Reopen.Seconds()*1000, "reopen goal", 1)
	build, err := panel("build", "seconds", scaleGoals.Build.Seconds(), "goal",
		"build", series(func(r scaleRow) float64 { return r.Build.Seconds() }))
	if err != nil {
		return err
	}
	memory, err := panel("memory and disk", "MiB", mibOf(scaleGoals.RSS), "RSS goal",
		"RSS build", series(func(r scaleRow) float64 { return mibOf(r.BuildRSS) }),
		"RSS serve", series(func(r scaleRow) float64 { return mibOf(r.ServeRSS) }),
		"disk", series(func(r scaleRow) float64 { return mibOf(r.DiskBytes) }))
	if err != nil {
		return err
	}

	const width, height = 14 * vg.Inch, 4.5 * vg.Inch
	var canvas vg.CanvasWriterTo
	switch strings.ToLower(filepath.Ext(path)) {
	case ".svg":
		canvas = vgsvg.New(width, height)
	case ".png":
		canvas = vgimg.PngCanvas{Canvas: vgimg.New(width, height)}
	default:
		return usagef("--chart %s: want a .svg or .png file", path)
	}
	panels := []*plot.Plot{latency, build, memory}
	tiles := draw.Tiles{Rows: 1, Cols: len(panels), PadX: vg.Inch / 3, PadTop: vg.Inch / 8, PadBottom: vg.Inch / 8,
		PadLeft: vg.Inch / 8, PadRight: vg.Inch / 8}
	canvases := plot.Align([][]*plot.Plot{panels}, tiles, draw.New(canvas))
	for i, p := range panels {
		p.Draw(canvases[0][i])
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	if _, err := canvas.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("chart: %w", err)
	}
	return f.Close()
}

// panel is one log-log plot of series against sentences, with a goal.
func panel(title, unit string, goalValue float64, goalName string, series ...any) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "sentences"
	p.Y.Label.Text = unit
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	p.X.Tick.Marker, p.Y.Tick.Marker = plot.LogTicks{Prec: -1}, plot.LogTicks{Prec: -1}
	p.Legend.Top, p.Legend.Left = false, false // costs rise to the top right
	if err := plotutil.AddLinePoints(p, series...); err != nil {
		return nil, err
	}
	addGoal(p, goalValue, goalName, 0)
	return p, nil
}

// addGoal draws a goal as a dashed horizontal line.
func addGoal(p *plot.Plot, value float64, name string, shade int) {
	line := plotter.NewFunction(func(float64) float64 { return value })
	line.Color = []color.Color{color.RGBA{R: 200, A: 255}, color.RGBA{R: 120, G: 60, B: 160, A: 255}}[shade%2]
	line.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	p.Add(line)
	p.Legend.Add(name, line)
	p.Y.Min, p.Y.Max = min(p.Y.Min, value/2), max(p.Y.Max, value*1.5)
}
