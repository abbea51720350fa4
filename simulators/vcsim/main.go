// vcsim: VMware's vCenter simulator (govmomi's simulator package) behind a small command line,
// built from Debian's govmomi source. It serves vim25 SOAP at /sdk on the address it prints.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"os/signal"
	"syscall"

	"github.com/vmware/govmomi/simulator"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on")
	datacenters := flag.Int("dc", 1, "datacenters")
	clusters := flag.Int("cluster", 1, "clusters per datacenter")
	hosts := flag.Int("host", 3, "hosts per cluster")
	machines := flag.Int("vm", 2, "VMs per resource pool")
	flag.Parse()

	model := simulator.VPX()
	model.Datacenter = *datacenters
	model.Cluster = *clusters
	model.ClusterHost = *hosts
	model.Machine = *machines
	if err := model.Create(); err != nil {
		log.Fatal(err)
	}
	defer model.Remove()

	model.Service.Listen = &url.URL{Host: *listen}
	model.Service.RegisterEndpoints = true
	server := model.Service.NewServer()
	defer server.Close()

	// The first line is the SDK URL, for scripts and tests that start this binary.
	fmt.Printf("VCSIM_URL=%s\n", server.URL)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
}
