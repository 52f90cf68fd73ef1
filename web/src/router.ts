import { createRouter, createWebHistory } from 'vue-router';

// Pages load on first visit, so the sign-in page does not carry every screen.

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/hubs' },
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue') },
    { path: '/hubs', name: 'hubs', component: () => import('./pages/HubsPage.vue') },
    { path: '/hubs/:hubId', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), props: true },
    { path: '/hubs/:hubId/issues/:issueId', name: 'issue', component: () => import('./pages/IssuePage.vue'), props: true },
    { path: '/hubs/:hubId/budget', name: 'budget', component: () => import('./pages/BudgetPage.vue'), props: true },
    { path: '/hubs/:hubId/meetings', name: 'meetings', component: () => import('./pages/MeetingsPage.vue'), props: true },
    { path: '/hubs/:hubId/meetings/:meetingId', name: 'meeting', component: () => import('./pages/MeetingPage.vue'), props: true },
    { path: '/prefecture', name: 'prefecture', component: () => import('./pages/PrefecturePage.vue') },
  ],
});
