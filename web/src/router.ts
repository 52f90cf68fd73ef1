import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

// Pages load on first visit, so the sign-in page does not carry every screen.
// A record's page names the list it belongs to (meta.section): the tab it lights up, and
// where the hub switcher goes, as the record does not exist in the other hub.

const hubPages: RouteRecordRaw[] = [
  { path: '', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), props: true },
  { path: 'issues', name: 'issues', component: () => import('./pages/IssuesPage.vue'), props: true },
  { path: 'issues/:issueId', name: 'issue', component: () => import('./pages/IssuePage.vue'), props: true, meta: { section: 'issues' } },
  { path: 'plan', name: 'plan', component: () => import('./pages/PlanPage.vue'), props: true },
  { path: 'activities', name: 'activities', component: () => import('./pages/ActivitiesPage.vue'), props: true },
  { path: 'activities/:activityId', name: 'activity', component: () => import('./pages/ActivityPage.vue'), props: true, meta: { section: 'activities' } },
  { path: 'meetings', name: 'meetings', component: () => import('./pages/MeetingsPage.vue'), props: true },
  { path: 'meetings/:meetingId', name: 'meeting', component: () => import('./pages/MeetingPage.vue'), props: true, meta: { section: 'meetings' } },
  { path: 'budget', name: 'budget', component: () => import('./pages/BudgetPage.vue'), props: true },
  { path: 'results', name: 'results', component: () => import('./pages/ResultsPage.vue'), props: true },
  { path: 'members', name: 'members', component: () => import('./pages/MembersPage.vue'), props: true },
  { path: 'audit/:entityType/:entityId', name: 'audit', component: () => import('./pages/AuditPage.vue'), props: true },
];

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/hubs' },
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue') },
    { path: '/invitations/:token', name: 'invitation', component: () => import('./pages/InvitationPage.vue'), props: true, meta: { public: true } },
    { path: '/hubs', name: 'hubs', component: () => import('./pages/HubsPage.vue') },
    { path: '/account', name: 'account', component: () => import('./pages/AccountPage.vue') },
    { path: '/hubs/:hubId', component: () => import('./layouts/HubLayout.vue'), props: true, children: hubPages },
    { path: '/prefecture', name: 'prefecture', component: () => import('./pages/PrefecturePage.vue') },
    { path: '/prefecture/zones/:zoneId', name: 'zone', component: () => import('./pages/ZonePage.vue'), props: true },
    { path: '/areas', name: 'areas', component: () => import('./pages/AreaPage.vue') },
  ],
});
