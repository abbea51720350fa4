import { graphql } from "../gql";

/** Every change to a VM answers the operation that carries it out; the page then polls it. */
export const PowerOnVmMutation = graphql(`
  mutation PowerOnVm($id: ID!) {
    powerOnVm(id: $id) {
      id
    }
  }
`);
export const ShutdownVmMutation = graphql(`
  mutation ShutdownVm($id: ID!) {
    shutdownVm(id: $id) {
      id
    }
  }
`);
export const PowerOffVmMutation = graphql(`
  mutation PowerOffVm($id: ID!) {
    powerOffVm(id: $id) {
      id
    }
  }
`);
export const RebootVmMutation = graphql(`
  mutation RebootVm($id: ID!) {
    rebootVm(id: $id) {
      id
    }
  }
`);
export const SuspendVmMutation = graphql(`
  mutation SuspendVm($id: ID!) {
    suspendVm(id: $id) {
      id
    }
  }
`);
export const ResizeVmMutation = graphql(`
  mutation ResizeVm($id: ID!, $vcpuCount: Int!, $memoryGb: Int!) {
    resizeVm(id: $id, vcpuCount: $vcpuCount, memoryGb: $memoryGb) {
      id
    }
  }
`);
export const AddVmDiskMutation = graphql(`
  mutation AddVmDisk($id: ID!, $disk: VmDiskInput!) {
    addVmDisk(id: $id, disk: $disk) {
      id
    }
  }
`);
export const DeleteVmMutation = graphql(`
  mutation DeleteVm($id: ID!, $confirmName: String!) {
    deleteVm(id: $id, confirmName: $confirmName) {
      id
    }
  }
`);
export const GrowVmDiskMutation = graphql(`
  mutation GrowVmDisk($id: ID!, $diskId: ID!, $capacityGb: Int!) {
    growVmDisk(id: $id, diskId: $diskId, capacityGb: $capacityGb) {
      id
    }
  }
`);
