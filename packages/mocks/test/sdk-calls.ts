import type Cloudflare from "cloudflare";
import { requestExample } from "./_harness.js";

type Json = Record<string, unknown>;

/** What each call needs: the account, the zone, and an id for every path parameter. */
export interface SdkCallContext {
  readonly account_id: string;
  readonly zone_id: string;
  /** The id to pass for a path parameter, by the operation that takes it. */
  readonly id: (operationId: string) => string;
}

/**
 * How the official SDK (`cloudflare` 7.3.0) calls each operation of the spec, by operationId.
 * Bodies are the spec's request examples; lists, split tunnel lists and fallback domains come
 * back as the SDK's page objects.
 */
export function sdkCalls(
  cf: Cloudflare,
  c: SdkCallContext,
): Record<string, () => Promise<unknown>> {
  const d = cf.zeroTrust.devices;
  const a = { account_id: c.account_id };
  const body = (operationId: string) => ({ ...a, ...(requestExample(operationId) as Json) });
  const list = (operationId: string) => ({ ...a, body: requestExample(operationId) as never });
  const id = c.id;
  const domains = (operationId: string) => ({
    ...a,
    domains: requestExample(operationId) as never,
  });
  const ids = (operationId: string) => [id(operationId)];
  const custom = d.policies.custom;
  const defaults = d.policies.default;
  return {
    // Devices (deprecated), override codes, revoke and unrevoke
    listDevices: () => d.list(a),
    getDevice: () => d.get(id("getDevice"), a),
    getDeviceOverrideCodes: () => d.overrideCodes.list(id("getDeviceOverrideCodes"), a),
    getRegistrationOverrideCodes: () => d.overrideCodes.get(id("getRegistrationOverrideCodes"), a),
    revokeDevices: () => d.revoke.create({ ...a, body: ids("revokeDevices") }),
    unrevokeDevices: () => d.unrevoke.create({ ...a, body: ids("unrevokeDevices") }),
    // Physical devices and registrations
    listPhysicalDevices: () => d.devices.list(a),
    getPhysicalDevice: () => d.devices.get(id("getPhysicalDevice"), a),
    revokePhysicalDevice: () => d.devices.revoke(id("revokePhysicalDevice"), a),
    deletePhysicalDevice: () => d.devices.delete(id("deletePhysicalDevice"), a),
    listRegistrations: () => d.registrations.list(a),
    getRegistration: () => d.registrations.get(id("getRegistration"), a),
    deleteRegistration: () => d.registrations.delete(id("deleteRegistration"), a),
    deleteRegistrations: () => d.registrations.bulkDelete({ ...a, id: ids("deleteRegistrations") }),
    revokeRegistrations: () => d.registrations.revoke({ ...a, id: ids("revokeRegistrations") }),
    unrevokeRegistrations: () =>
      d.registrations.unrevoke({ ...a, id: ids("unrevokeRegistrations") }),
    // DEX tests and fleet status
    listDexTests: () => d.dexTests.list(a),
    getDexTest: () => d.dexTests.get(id("getDexTest"), a),
    createDexTest: () => d.dexTests.create(body("createDexTest") as never),
    updateDexTest: () => d.dexTests.update(id("updateDexTest"), body("updateDexTest") as never),
    deleteDexTest: () => d.dexTests.delete(id("deleteDexTest"), a),
    getFleetStatusLive: () =>
      d.fleetStatus.get(id("getFleetStatusLive"), { ...a, since_minutes: 10 }),
    // IP profiles and managed networks
    listIpProfiles: () => d.ipProfiles.list(a),
    getIpProfile: () => d.ipProfiles.get(id("getIpProfile"), a),
    createIpProfile: () => d.ipProfiles.create(body("createIpProfile") as never),
    updateIpProfile: () => d.ipProfiles.update(id("updateIpProfile"), body("updateIpProfile")),
    deleteIpProfile: () => d.ipProfiles.delete(id("deleteIpProfile"), a),
    listDeviceNetworks: () => d.networks.list(a),
    getDeviceNetwork: () => d.networks.get(id("getDeviceNetwork"), a),
    createDeviceNetwork: () => d.networks.create(body("createDeviceNetwork") as never),
    updateDeviceNetwork: () =>
      d.networks.update(id("updateDeviceNetwork"), body("updateDeviceNetwork") as never),
    deleteDeviceNetwork: () => d.networks.delete(id("deleteDeviceNetwork"), a),
    // Device settings profiles: custom, default, their lists, certificates
    listDeviceSettingsPolicies: () => custom.list(a),
    getDeviceSettingsPolicy: () => custom.get(id("getDeviceSettingsPolicy"), a),
    createDeviceSettingsPolicy: () => custom.create(body("createDeviceSettingsPolicy") as never),
    updateDeviceSettingsPolicy: () =>
      custom.edit(id("updateDeviceSettingsPolicy"), body("updateDeviceSettingsPolicy") as never),
    deleteDeviceSettingsPolicy: () => custom.delete(id("deleteDeviceSettingsPolicy"), a),
    getCustomSplitTunnelExcludes: () => custom.excludes.get(id("getCustomSplitTunnelExcludes"), a),
    setCustomSplitTunnelExcludes: () =>
      custom.excludes.update(
        id("setCustomSplitTunnelExcludes"),
        list("setCustomSplitTunnelExcludes"),
      ),
    getCustomSplitTunnelIncludes: () => custom.includes.get(id("getCustomSplitTunnelIncludes"), a),
    setCustomSplitTunnelIncludes: () =>
      custom.includes.update(
        id("setCustomSplitTunnelIncludes"),
        list("setCustomSplitTunnelIncludes"),
      ),
    getCustomFallbackDomains: () => custom.fallbackDomains.get(id("getCustomFallbackDomains"), a),
    setCustomFallbackDomains: () =>
      custom.fallbackDomains.update(
        id("setCustomFallbackDomains"),
        domains("setCustomFallbackDomains"),
      ),
    getDefaultDeviceSettingsPolicy: () => defaults.get(a),
    updateDefaultDeviceSettingsPolicy: () =>
      defaults.edit(body("updateDefaultDeviceSettingsPolicy") as never),
    getDefaultSplitTunnelExcludes: () => defaults.excludes.get(a),
    setDefaultSplitTunnelExcludes: () =>
      defaults.excludes.update(list("setDefaultSplitTunnelExcludes")),
    getDefaultSplitTunnelIncludes: () => defaults.includes.get(a),
    setDefaultSplitTunnelIncludes: () =>
      defaults.includes.update(list("setDefaultSplitTunnelIncludes")),
    getDefaultFallbackDomains: () => defaults.fallbackDomains.get(a),
    setDefaultFallbackDomains: () =>
      defaults.fallbackDomains.update(domains("setDefaultFallbackDomains")),
    getDeviceCertificateProvisioning: () => defaults.certificates.get({ zone_id: c.zone_id }),
    updateDeviceCertificateProvisioning: () =>
      defaults.certificates.edit({
        zone_id: c.zone_id,
        ...(requestExample("updateDeviceCertificateProvisioning") as { enabled: boolean }),
      }),
    // Posture rules and integrations
    listPostureRules: () => d.posture.list(a),
    getPostureRule: () => d.posture.get(id("getPostureRule"), a),
    createPostureRule: () => d.posture.create(body("createPostureRule") as never),
    updatePostureRule: () =>
      d.posture.update(id("updatePostureRule"), body("updatePostureRule") as never),
    deletePostureRule: () => d.posture.delete(id("deletePostureRule"), a),
    listPostureIntegrations: () => d.posture.integrations.list(a),
    getPostureIntegration: () => d.posture.integrations.get(id("getPostureIntegration"), a),
    createPostureIntegration: () =>
      d.posture.integrations.create(body("createPostureIntegration") as never),
    updatePostureIntegration: () =>
      d.posture.integrations.edit(
        id("updatePostureIntegration"),
        body("updatePostureIntegration") as never,
      ),
    deletePostureIntegration: () =>
      d.posture.integrations.delete(id("deletePostureIntegration"), a),
    // Deployment groups
    listDeploymentGroups: () => d.deploymentGroups.list(a),
    getDeploymentGroup: () => d.deploymentGroups.get(id("getDeploymentGroup"), a),
    createDeploymentGroup: () => d.deploymentGroups.create(body("createDeploymentGroup") as never),
    editDeploymentGroup: () =>
      d.deploymentGroups.edit(id("editDeploymentGroup"), body("editDeploymentGroup")),
    deleteDeploymentGroup: () => d.deploymentGroups.delete(id("deleteDeploymentGroup"), a),
    // Account settings and the global WARP override
    getDeviceSettings: () => d.settings.get(a),
    updateDeviceSettings: () => d.settings.update(body("updateDeviceSettings")),
    patchDeviceSettings: () => d.settings.edit(body("patchDeviceSettings")),
    resetDeviceSettings: () => d.settings.delete(a),
    getGlobalWarpOverride: () => d.resilience.globalWARPOverride.get(a),
    setGlobalWarpOverride: () =>
      d.resilience.globalWARPOverride.create(body("setGlobalWarpOverride") as never),
  };
}
